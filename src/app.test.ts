import { describe, expect, it } from 'vitest';
import { createApp, type AppPorts } from './app';
import { createMemorySettings } from '../test/memory-settings';
import { FakeInstallPrompter, FakeUpdater } from '../test/pwa-fakes';
import { createFakeSessionPlatform } from '../test/session-fakes';
import { createFakeJournalPlatform, makeEntry, makeSpotMark } from '../test/journal-fakes';
import { createFakePageShown, createFakeRepeater } from '../test/page-fakes';
import { defaultSetup, saveSetup, startOptionsOf } from './features/session/model/session-setup';
import { checkpointDatabaseName } from './features/session';

/** A quick routine over music (the Web Audio path, which the session fakes play at once). */
const quickLeft = startOptionsOf(
  {
    ...defaultSetup,
    preset: 'quick',
    cueStyle: { ...defaultSetup.cueStyle, voice: false, playback: 'over-music' },
  },
  false,
);

function setUp() {
  const session = createFakeSessionPlatform();
  const journal = createFakeJournalPlatform();
  let sessionLoads = 0;
  let ids = 0;
  const ports: AppPorts = {
    settings: createMemorySettings(),
    languages: ['en-GB'],
    installPrompter: new FakeInstallPrompter(),
    loadSessionPlatform: async () => {
      sessionLoads += 1;
      return session.platform;
    },
    loadJournalPlatform: async () => journal,
    loadCameraPlatform: () => Promise.reject(new Error('no camera in this test')),
    loadTurnPlatform: () => Promise.reject(new Error('no motion sensors in this test')),
    now: () => 1_700_000_000_000 + session.nowMs(),
    repeater: createFakeRepeater(),
    page: createFakePageShown(),
    newId: () => `id-${(ids += 1)}`,
    newSeed: () => 7,
  };
  const app = createApp(ports);
  return { app, ports, session, journal, sessionLoads: () => sessionLoads };
}

describe('the app', () => {
  it('builds the session model once, however many screens ask for it', async () => {
    const { app, sessionLoads } = setUp();
    const [first, second] = await Promise.all([app.session.load(), app.session.load()]);
    expect(first).toBe(second);
    expect(await app.session.load()).toBe(first);
    expect(sessionLoads()).toBe(1);
  });

  it('tries loading the session again after a failed load', async () => {
    const { app, ports, session } = setUp();
    let isOffline = true;
    const flaky = createApp({
      ...ports,
      loadSessionPlatform: async () => {
        if (isOffline) throw new Error('offline');
        return session.platform;
      },
    });
    await expect(flaky.session.load()).rejects.toThrow('offline');
    isOffline = false;
    await expect(flaky.session.load()).resolves.toBeDefined();
    app.dispose();
  });

  it('knows a session runs, so the update prompt waits until it ends', async () => {
    const { app } = setUp();
    const updater = new FakeUpdater();
    app.connectUpdates(updater);
    updater.publishUpdate();
    expect(app.updates.value?.isPromptShown.value).toBe(true);
    const model = await app.session.load();
    await model.start(quickLeft);
    expect(app.isSessionActive.value).toBe(true);
    expect(app.updates.value?.isPromptShown.value).toBe(false);
    model.end();
    expect(app.isSessionActive.value).toBe(false);
    expect(app.updates.value?.isPromptShown.value).toBe(true);
  });

  it('offers the install hint once a session has finished, not before', async () => {
    const { app } = setUp();
    const model = await app.session.load();
    await model.start(quickLeft);
    expect(app.install.isHintShown.value).toBe(false);
    model.end();
    expect(app.install.isHintShown.value).toBe(true);
  });

  it('forgets the loaded spots when all data is deleted, and reads them again when asked', async () => {
    const { app, journal } = setUp();
    await journal.store.putSpotMark(makeSpotMark({ id: 'mark-1' }));
    const spots = await app.spots.load();
    await spots.load();
    expect(spots.marks.value.map((mark) => mark.id)).toEqual(['mark-1']);
    await (await app.journal.load()).deleteAll();
    expect(spots.isLoaded.value).toBe(false);
    expect(spots.marks.value).toEqual([]);
    await journal.store.putSpotMark(makeSpotMark({ id: 'mark-2' }));
    await spots.load();
    expect(spots.marks.value.map((mark) => mark.id)).toEqual(['mark-2']);
  });

  it('deletes the turn results with all data, and forgets the loaded ones', async () => {
    const { app, journal } = setUp();
    const turns = await app.turns.load();
    const saved = await turns.save({ left: { degrees: 40, atLeast: false }, right: null });
    expect(saved.kind).toBe('saved');
    expect(await journal.store.turnResults()).toHaveLength(1);
    await app.deleteAllData();
    expect(await journal.store.turnResults()).toEqual([]);
    expect(turns.isLoaded.value).toBe(false);
    expect(turns.results.value).toEqual([]);
  });

  it('deletes all data in one verb: journal, checkpoints, caches, settings and the reminder plan', async () => {
    const { app, ports, journal } = setUp();
    await journal.store.put(makeEntry({ id: 'entry-1' }));
    const loaded = await app.journal.load();
    await loaded.load();
    expect(loaded.rows.value).toHaveLength(1);
    app.reminders.setPlan({ days: ['MO'], hour: 9, minute: 30 });
    app.health.completeScreening(ports.now());
    expect(ports.settings.keys().length).toBeGreaterThan(1);
    await app.deleteAllData();
    expect(await journal.store.all()).toEqual([]);
    expect(journal.deletedDatabases).toEqual([checkpointDatabaseName]);
    expect(journal.cachesCleared).toBe(1);
    expect(ports.settings.keys()).toEqual([]);
    expect(app.reminders.plan.value).toBeUndefined();
    expect(loaded.rows.value).toEqual([]);
  });

  it('says so when all data cannot be deleted, and keeps the reminder plan', async () => {
    const { ports } = setUp();
    const app = createApp({
      ...ports,
      loadJournalPlatform: () => Promise.reject(new Error('no database')),
    });
    app.reminders.setPlan({ days: ['MO'], hour: 9, minute: 30 });
    await expect(app.deleteAllData()).rejects.toThrow('no database');
    expect(app.reminders.plan.value).toEqual({ days: ['MO'], hour: 9, minute: 30 });
  });

  it("starts last time's set-up in one tap only once the safety check is done", async () => {
    const { app, ports, sessionLoads } = setUp();
    saveSetup(ports.settings, { ...defaultSetup, preset: 'quick' });
    expect(await app.startAgain.start()).toBe('open-session');
    app.health.completeScreening(ports.now());
    app.health.update({ isAdult: true });
    app.startAgain.prepare();
    expect(await app.startAgain.start()).toBe('started');
    const model = await app.session.load();
    expect(model.status.value).toBe('running');
    expect(await app.startAgain.start()).toBe('open-session');
    expect(sessionLoads()).toBe(1);
  });

  it('stops following its models once disposed', async () => {
    const { app } = setUp();
    app.dispose();
    const model = await app.session.load();
    await model.start(quickLeft);
    model.end();
    expect(app.install.isHintShown.value).toBe(false);
  });
});
