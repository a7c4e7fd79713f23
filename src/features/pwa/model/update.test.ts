import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { FakeUpdater } from '../../../../test/pwa-fakes';
import { createUpdateModel } from './update';

describe('update model', () => {
  it('shows no prompt until a new version waits', () => {
    const model = createUpdateModel(new FakeUpdater(), signal(false));
    expect(model.isPromptShown.value).toBe(false);
  });

  it('shows the prompt once a new version has installed and waits', () => {
    const updater = new FakeUpdater();
    const model = createUpdateModel(updater, signal(false));
    updater.publishUpdate();
    expect(model.isPromptShown.value).toBe(true);
  });

  it('hides the prompt while a session runs and shows it again when the session ends', () => {
    const updater = new FakeUpdater();
    const isSessionActive = signal(true);
    const model = createUpdateModel(updater, isSessionActive);
    updater.publishUpdate();
    expect(model.isUpdateReady.value).toBe(true);
    expect(model.isPromptShown.value).toBe(false);
    isSessionActive.value = false;
    expect(model.isPromptShown.value).toBe(true);
  });

  it('activates the new version only when the user taps Reload', () => {
    const updater = new FakeUpdater();
    const model = createUpdateModel(updater, signal(false));
    updater.publishUpdate();
    expect(updater.activations).toBe(0);
    expect(model.reload()).toBe(true);
    expect(updater.activations).toBe(1);
  });

  it('refuses to reload during a session', () => {
    const updater = new FakeUpdater();
    const model = createUpdateModel(updater, signal(true));
    updater.publishUpdate();
    expect(model.reload()).toBe(false);
    expect(updater.activations).toBe(0);
  });

  it('refuses to reload when no new version waits', () => {
    const updater = new FakeUpdater();
    const model = createUpdateModel(updater, signal(false));
    expect(model.reload()).toBe(false);
    expect(updater.activations).toBe(0);
  });

  it('looks for a new version outside sessions, and stops looking once one waits', () => {
    const updater = new FakeUpdater();
    const isSessionActive = signal(false);
    const model = createUpdateModel(updater, isSessionActive);
    model.check();
    expect(updater.checks).toBe(1);
    isSessionActive.value = true;
    model.check();
    expect(updater.checks).toBe(1);
    isSessionActive.value = false;
    updater.publishUpdate();
    model.check();
    expect(updater.checks).toBe(1);
  });

  it('swallows a failed check (offline) instead of throwing', async () => {
    const updater = new FakeUpdater();
    updater.checkForUpdate = () => Promise.reject(new Error('offline'));
    const model = createUpdateModel(updater, signal(false));
    expect(() => model.check()).not.toThrow();
    await Promise.resolve();
  });
});
