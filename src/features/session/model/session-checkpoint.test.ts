import { describe, expect, it } from 'vitest';
import { createTestCore, quickLeft } from '../../../../test/session-core-fakes';
import { createFakeSessionPlatform } from '../../../../test/session-fakes';
import { sessionWords } from '../ui/session-words';
import { createSessionModel } from './session-model';
import { createToneSound } from './tone-sound';
import {
  createCheckpointing,
  outcomesList,
  sessionRecord,
  startOptionsOfCheckpoint,
} from './session-checkpoint';

function setup() {
  const test = createTestCore();
  test.core.sound = createToneSound(test.core);
  const session = { id: 'session-1', startedAtEpochMs: 1_700_000_000_000 };
  return { ...test, session, checkpoints: createCheckpointing(test.core, session) };
}

describe('checkpoints', () => {
  it('saves where the session is, with every step and what became of it', async () => {
    const { core, fake, checkpoints } = setup();
    fake.run(7_000);
    core.outcomes.set(0, 'skipped');
    checkpoints.save();
    await fake.settle();
    const saved = fake.savedCheckpoint();
    expect(saved?.elapsedMs).toBe(7_000);
    expect(saved?.outcomes[0]?.status).toBe('skipped');
    expect(saved?.outcomes[1]?.status).toBe('not-reached');
    expect(startOptionsOfCheckpoint(saved!)).toEqual(quickLeft);
  });

  it('saves again only every 5 seconds when asked if due', async () => {
    const { fake, checkpoints } = setup();
    checkpoints.save();
    fake.run(4_000);
    checkpoints.saveIfDue();
    expect(fake.log.checkpointsSaved).toBe(1);
    fake.run(1_000);
    checkpoints.saveIfDue();
    expect(fake.log.checkpointsSaved).toBe(2);
  });

  it('saves nothing once the session is not running', () => {
    const { core, fake, checkpoints } = setup();
    core.status.value = 'done';
    checkpoints.save();
    expect(fake.log.checkpointsSaved).toBe(0);
  });

  it("makes the journal's record with every step", () => {
    const { core, session, timeline } = setup();
    const record = sessionRecord(core, session, true, 12_000);
    expect(record).toMatchObject({ id: 'session-1', activeMs: 12_000, completed: true });
    expect(record?.steps).toHaveLength(timeline.plan.steps.length);
    expect(outcomesList(core).every((step) => step.status === 'not-reached')).toBe(true);
  });
});

describe('checkpoints of a running session, through its ports', () => {
  const start = { ...quickLeft, planOptions: { holdMs: 30_000 } };
  let ids = 0;
  async function started(fakeOptions: Parameters<typeof createFakeSessionPlatform>[0] = {}) {
    const fake = createFakeSessionPlatform(fakeOptions);
    const model = createSessionModel(fake.platform, {
      epochNowMs: () => 1_700_000_000_000 + fake.nowMs(),
      newId: () => `session-${(ids += 1)}`,
      words: sessionWords,
    });
    await model.start(start);
    await fake.settle();
    return { fake, model };
  }

  it("says Pause's checkpoint is written only once storage has it", async () => {
    const { fake, model } = await started({ deferCheckpointWrites: true });
    fake.run(7_300);
    model.pause();
    const pausedAtMs = model.elapsedNow();
    let written = false;
    void model.checkpointWritten().then(() => (written = true));
    await fake.settle();
    expect(written).toBe(false);
    expect(fake.savedCheckpoint()).toBeUndefined();
    fake.finishCheckpointWrites();
    await fake.settle();
    expect(written).toBe(true);
    expect(fake.savedCheckpoint()?.elapsedMs).toBe(pausedAtMs);
  });

  it('saves the exact second when the page is hidden or goes, between the regular saves', async () => {
    const { fake, model } = await started();
    fake.run(7_300);
    // The regular save is every 5 seconds: the last one is behind.
    expect(fake.savedCheckpoint()?.elapsedMs).toBeLessThan(model.elapsedNow());
    fake.hidePage();
    await model.checkpointWritten();
    expect(fake.savedCheckpoint()?.elapsedMs).toBe(model.elapsedNow());
  });

  it('watches the page only while the session runs', async () => {
    const { fake, model } = await started();
    expect(fake.isWatchingPage()).toBe(true);
    model.end();
    expect(fake.isWatchingPage()).toBe(false);
  });
});
