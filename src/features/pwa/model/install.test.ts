import { describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../../test/memory-settings';
import { FakeInstallPrompter } from '../../../../test/pwa-fakes';
import { signal } from '@preact/signals';
import { createInstallModel, finishedSessionKey, hintDismissedKey } from './install';

function setUp(options: { settings?: Record<string, unknown>; runsInstalled?: boolean } = {}) {
  const prompter = new FakeInstallPrompter(options.runsInstalled);
  const settings = createMemorySettings(options.settings);
  const isSessionFinished = signal(false);
  const model = createInstallModel(prompter, settings, isSessionFinished);
  const finishSession = () => (isSessionFinished.value = true);
  return { prompter, settings, model, finishSession };
}

describe('install hint', () => {
  it('is not shown before the first session, even when the browser could install', () => {
    const { prompter, model } = setUp();
    prompter.offer();
    expect(model.isHintShown.value).toBe(false);
  });

  it('is shown after the first session finishes, and remembered for later visits', () => {
    const { model, settings, finishSession } = setUp();
    finishSession();
    expect(model.isHintShown.value).toBe(true);
    expect(settings.read(finishedSessionKey)).toBe(true);
    const later = createInstallModel(new FakeInstallPrompter(), settings, signal(false));
    expect(later.isHintShown.value).toBe(true);
  });

  it('offers the browser dialog only when the browser has one', () => {
    const { prompter, model, finishSession } = setUp();
    finishSession();
    expect(model.isInstallable.value).toBe(false);
    prompter.offer();
    expect(model.isInstallable.value).toBe(true);
  });

  it('disappears once the user accepts the browser dialog', async () => {
    const { prompter, model, finishSession } = setUp();
    finishSession();
    prompter.offer();
    await model.install();
    expect(prompter.prompts).toBe(1);
    expect(model.isHintShown.value).toBe(false);
  });

  it('stays when the user dismisses the browser dialog', async () => {
    const { prompter, model, finishSession } = setUp();
    finishSession();
    prompter.offer();
    prompter.answer = 'dismissed';
    await model.install();
    expect(model.isHintShown.value).toBe(true);
    expect(model.isInstallable.value).toBe(false);
  });

  it('goes for good when the user says no thanks', () => {
    const { model, settings, finishSession } = setUp();
    finishSession();
    model.dismiss();
    expect(model.isHintShown.value).toBe(false);
    expect(settings.read(hintDismissedKey)).toBe(true);
  });

  it('is never shown when the app already runs installed or gets installed from the menu', () => {
    const installed = setUp({ runsInstalled: true });
    installed.finishSession();
    expect(installed.model.isHintShown.value).toBe(false);
    const { prompter, model, finishSession } = setUp();
    finishSession();
    prompter.installFromMenu();
    expect(model.isHintShown.value).toBe(false);
  });
});

describe('install hint and the session', () => {
  it('stops following the session once disposed', () => {
    const settings = createMemorySettings();
    const isSessionFinished = signal(false);
    const model = createInstallModel(new FakeInstallPrompter(), settings, isSessionFinished);
    model.dispose();
    isSessionFinished.value = true;
    expect(model.isHintShown.value).toBe(false);
    expect(settings.read(finishedSessionKey)).toBeUndefined();
  });
});
