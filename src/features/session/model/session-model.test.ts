import { describe, expect, it } from 'vitest';
import { sessionWords } from '../ui/session-words';
import { planSession, withMoreTime } from '../core/planner';
import { deriveTimeline, defaultTiming } from '../core/timeline';
import { createFakeSessionPlatform } from '../../../../test/session-fakes';
import { createMemorySettings } from '../../../../test/memory-settings';
import { hasStartedSession, lastStartKey } from './last-session';
import {
  createSessionModel,
  lookaheadMs,
  moreTimeMs,
  startLeadMs,
  type StartOptions,
} from './session-model';

const quickLeft: StartOptions = {
  painSide: 'left',
  planOptions: { holdMs: 30_000 },
  timing: defaultTiming,
  waitForMe: false,
  // These tests cover the Web Audio path; session-model-track.test.ts covers the media track.
  cueStyle: {
    voice: false,
    tones: true,
    vibration: true,
    breathSound: false,
    playback: 'over-music',
  },
  before: {},
};

let ids = 0;
function setup(options: { voices?: string[]; lockFree?: boolean; msPerRead?: number } = {}) {
  const fake = createFakeSessionPlatform(options);
  const settings = createMemorySettings();
  const model = createSessionModel(fake.platform, {
    epochNowMs: () => 1_700_000_000_000 + fake.nowMs(),
    newId: () => `session-${(ids += 1)}`,
    words: sessionWords,
    settings,
  });
  return { fake, model, settings };
}

const played = (fake: ReturnType<typeof setup>['fake']) =>
  fake.log.tones.filter((tone) => !tone.cancelled);

describe('session model, playing over music (Web Audio tones)', () => {
  it('schedules every tone of a full plan in order at its exact offset', async () => {
    const { fake, model } = setup();
    const originMs = fake.nowMs() + startLeadMs;
    await model.start(quickLeft);
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    fake.run(timeline.totalMs + 1000);
    const expected = timeline.cues
      .filter((cue) => !cue.kind.startsWith('breathe'))
      .map((cue) => `${cue.kind}@${cue.atMs}`);
    expect(played(fake).map((tone) => `${tone.kind}@${tone.atPageMs - originMs}`)).toEqual(
      expected,
    );
    expect(model.status.value).toBe('done');
    expect(model.record.value?.completed).toBe(true);
  });

  it('schedules tones ahead by the lookahead, never later than their time', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    fake.run(38_000);
    const originMs = 1_000;
    for (const tone of played(fake)) {
      expect(tone.atPageMs - originMs).toBeLessThanOrEqual(38_000 + lookaheadMs);
    }
    expect(played(fake).some((tone) => tone.atPageMs > fake.nowMs())).toBe(true);
  });

  it('shifts everything after a pause by the paused time', async () => {
    const { fake, model } = setup();
    const originMs = fake.nowMs() + startLeadMs;
    await model.start(quickLeft);
    fake.run(15_000 + startLeadMs);
    model.pause();
    fake.run(7_000);
    expect(model.positionNow()?.elapsedMs).toBe(15_000);
    model.resume();
    fake.run(200_000);
    const half = played(fake).find((tone) => tone.kind === 'half');
    // Half time of the first hold is at 10 s + 15 s of session time, plus the 7 s pause.
    expect(half && half.atPageMs - originMs).toBe(25_000 + 7_000);
    const tenLeft = played(fake).find((tone) => tone.kind === 'ten-left');
    expect(tenLeft && tenLeft.atPageMs - originMs).toBe(30_000 + 7_000);
  });

  it('cancels tones scheduled ahead when paused', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    fake.run(23_000);
    model.pause();
    const pending = fake.log.tones.filter((tone) => tone.atPageMs > fake.nowMs());
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((tone) => tone.cancelled)).toBe(true);
  });

  it('lands on step boundaries when skipping and going back', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    const starts = model.timeline.value?.steps.map((span) => span.startMs) ?? [];
    fake.run(17_000);
    model.skipSide();
    expect(model.positionNow()?.elapsedMs).toBe(starts[1]);
    fake.run(5_000);
    model.back();
    expect(model.positionNow()?.elapsedMs).toBe(starts[1]);
    model.back();
    expect(model.positionNow()?.elapsedMs).toBe(starts[0]);
    model.skipPoint();
    expect(model.positionNow()?.elapsedMs).toBe(starts[2]);
  });

  it('records skipped steps as skipped and the rest as done', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    fake.run(5_000);
    model.skipPoint();
    fake.run(10_000_000);
    const statuses = model.record.value?.steps.map((step) => `${step.pointId}:${step.status}`);
    expect(statuses?.slice(0, 3)).toEqual(['SI3:skipped', 'SI3:skipped', 'EX-UE8:done']);
    expect(model.record.value?.steps.every((step) => step.status !== 'not-reached')).toBe(true);
  });

  it('plays the next cue at once after a skip', async () => {
    const { fake, model } = setup();
    const originMs = fake.nowMs();
    await model.start(quickLeft);
    fake.run(12_000);
    model.skipSide();
    const nowSession = fake.nowMs() - originMs;
    const switchTone = played(fake).find((tone) => tone.kind === 'switch-side');
    expect(switchTone?.atPageMs).toBe(fake.nowMs());
    expect(nowSession).toBeGreaterThan(0);
  });

  it('plays the start of the hold when the user cuts the transition short, on a moving clock', async () => {
    const { fake, model } = setup({ msPerRead: 0.013 });
    await model.start(quickLeft);
    fake.run(3_000);
    model.ready();
    fake.run(500);
    expect(played(fake).map((tone) => tone.kind)).toEqual(['get-ready', 'start']);
  });

  it('waits at each hold for Ready in wait-for-me mode, then re-anchors there', async () => {
    const { fake, model } = setup();
    await model.start({ ...quickLeft, waitForMe: true });
    fake.run(60_000);
    expect(model.isWaiting()).toBe(true);
    expect(model.positionNow()?.elapsedMs).toBe(10_000);
    expect(played(fake).filter((tone) => tone.kind === 'start')).toHaveLength(0);
    const readyAtMs = fake.nowMs();
    model.ready();
    fake.run(1_000);
    expect(played(fake).filter((tone) => tone.kind === 'start')[0]?.atPageMs).toBe(readyAtMs);
    expect(model.positionNow()?.elapsedMs).toBe(11_000);
    const half = played(fake).find((tone) => tone.kind === 'half');
    fake.run(20_000);
    expect(played(fake).find((tone) => tone.kind === 'half')?.atPageMs).toBe(readyAtMs + 15_000);
    expect(half).toBeUndefined();
  });

  it("remembers a start for Home's one-tap start, when it started; a resume is no start", async () => {
    const first = setup();
    expect(hasStartedSession(first.settings)).toBe(false);
    const startedAt = 1_700_000_000_000 + first.fake.nowMs();
    await first.model.start(quickLeft);
    expect(first.settings.read<number>(lastStartKey)).toBe(startedAt);
    first.fake.run(10_000);
    first.fake.hidePage();
    await Promise.resolve();

    const second = setup();
    await second.fake.platform.checkpoints.save(first.fake.savedCheckpoint()!);
    await second.model.checkForResumable();
    expect(await second.model.resumeFromCheckpoint()).toBe(true);
    expect(hasStartedSession(second.settings)).toBe(false);
  });

  it('resumes from a checkpoint at the same step and second', async () => {
    const first = setup();
    await first.model.start(quickLeft);
    first.fake.run(57_300 + startLeadMs);
    first.fake.hidePage();
    await Promise.resolve();
    const saved = first.fake.savedCheckpoint();
    expect(saved?.elapsedMs).toBe(57_300);

    const second = setup();
    await second.fake.platform.checkpoints.save(saved!);
    const found = await second.model.checkForResumable();
    expect(found?.id).toBe(saved?.id);
    await second.model.resumeFromCheckpoint();
    const position = second.model.positionNow();
    // It picks up where it stopped, less the short lead that lets the next tone be scheduled.
    expect(position?.elapsedMs).toBe(57_300 - startLeadMs);
    second.fake.run(startLeadMs);
    expect(second.model.positionNow()?.elapsedMs).toBe(57_300);
    expect(position?.stepIndex).toBe(first.model.positionNow()?.stepIndex);
  });

  it('gives the current hold more time, moving every later cue by as much', async () => {
    const { fake, model } = setup();
    const originMs = fake.nowMs() + startLeadMs;
    await model.start(quickLeft);
    fake.run(15_000 + startLeadMs);
    expect(model.addTime()).toBe(true);
    expect(model.announcement.value).toBe('30 seconds added to this hold.');
    const longer = deriveTimeline(planSession('left', withMoreTime({ holdMs: 30_000 }, 0, 30_000)));
    fake.run(longer.totalMs);
    const expected = longer.cues
      .filter((cue) => !cue.kind.startsWith('breathe'))
      .map((cue) => `${cue.kind}@${cue.atMs}`);
    // Before the extra time: the cues already heard; after it: the longer timeline's.
    const heard = played(fake).map((tone) => `${tone.kind}@${tone.atPageMs - originMs}`);
    expect(heard.slice(heard.indexOf('ten-left@60000'))).toEqual(
      expected.slice(expected.indexOf('ten-left@60000')),
    );
    expect(heard).not.toContain('ten-left@30000');
    expect(model.record.value?.completed).toBe(true);
  });

  it('offers no more time on Fengchi’s presses or past ten minutes', async () => {
    const fengchiFirst = setup();
    await fengchiFirst.model.start({
      ...quickLeft,
      planOptions: { holdMs: 30_000, order: ['GB20'] },
    });
    fengchiFirst.fake.run(12_000);
    expect(fengchiFirst.model.canAddTime()).toBe(false);
    expect(fengchiFirst.model.addTime()).toBe(false);

    const long = setup();
    await long.model.start({ ...quickLeft, planOptions: { holdMs: 600_000 - moreTimeMs } });
    long.fake.run(12_000);
    expect(long.model.addTime()).toBe(true);
    expect(long.model.canAddTime()).toBe(false);
  });

  it('moves the wait-for-me gate of the next step with the longer hold', async () => {
    const { fake, model } = setup();
    await model.start({ ...quickLeft, waitForMe: true });
    fake.run(1_000);
    model.ready();
    fake.run(5_000);
    model.addTime();
    fake.run(120_000);
    expect(model.isWaiting()).toBe(true);
    // The next hold starts after 10 s get-ready + 60 s hold + 10 s get-ready.
    expect(model.positionNow()?.elapsedMs).toBe(80_000);
  });

  it('keeps the extra time when resumed from a checkpoint', async () => {
    const first = setup();
    await first.model.start(quickLeft);
    first.fake.run(20_000);
    first.model.addTime();
    const saved = first.fake.savedCheckpoint();
    const second = setup();
    await second.fake.platform.checkpoints.save(saved!);
    await second.model.checkForResumable();
    await second.model.resumeFromCheckpoint();
    expect(second.model.timeline.value?.steps[0]?.endMs).toBe(10_000 + 60_000);
    expect(second.model.positionNow()?.holdRemainingMs).toBeGreaterThan(45_000);
  });

  it('says each cue in words when a local voice exists, and uses the same words on screen', async () => {
    const { fake, model } = setup({ voices: ['en'] });
    await model.start({
      ...quickLeft,
      cueStyle: { ...quickLeft.cueStyle, voice: true, tones: false },
    });
    fake.run(10_050);
    expect(fake.log.spoken.map((entry) => entry.text)).toEqual([
      'Get ready: Houxi (Small Intestine 3), left hand.',
      'Press now, firmly but never sharply. Breathe steadily.',
    ]);
    expect(model.lastCueText.value).toBe(fake.log.spoken.at(-1)?.text);
    expect(model.isVoiceMissing()).toBe(false);
    expect(played(fake)).toHaveLength(0);
  });

  it('lets tones carry the cues when the chosen voice is missing', async () => {
    const { fake, model } = setup({ voices: [] });
    await model.start({
      ...quickLeft,
      cueStyle: { ...quickLeft.cueStyle, voice: true, tones: false },
    });
    fake.run(11_000);
    expect(fake.log.spoken).toHaveLength(0);
    expect(played(fake).map((tone) => tone.kind)).toContain('start');
    expect(model.isVoiceMissing()).toBe(true);
  });

  it('vibrates for press and release on Fengchi', async () => {
    const { fake, model } = setup();
    await model.start({
      ...quickLeft,
      planOptions: { leaveOut: ['SI3', 'EX-UE8', 'LI4', 'GB21'] },
    });
    fake.run(10_000 + 40_000);
    const presses = fake.log.vibrations.filter((pattern) => pattern.join() === '180');
    const releases = fake.log.vibrations.filter((pattern) => pattern.join() === '60');
    expect(presses).toHaveLength(10);
    expect(releases).toHaveLength(10);
  });

  it('saves where it is every few seconds during a hold, so a crash loses little', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    fake.run(23_000 + startLeadMs);
    await Promise.resolve();
    const saved = fake.savedCheckpoint();
    expect(saved?.elapsedMs).toBeGreaterThan(23_000 - 5_000);
    expect(saved?.elapsedMs).toBeLessThanOrEqual(23_000);
  });

  it('tells a second tab that the session runs elsewhere, and offers no resume there', async () => {
    const { model } = setup({ lockFree: false });
    expect(await model.checkForResumable()).toBeNull();
    expect(model.lockedElsewhere.value).toBe(true);
  });

  it('refuses to start when another tab holds the session', async () => {
    const { model } = setup({ lockFree: false });
    expect(await model.start(quickLeft)).toBe(false);
    expect(model.lockedElsewhere.value).toBe(true);
    expect(model.status.value).toBe('idle');
  });

  it('answers the lock screen controls: pause, play, next and previous', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    fake.run(12_000);
    fake.media()?.pause();
    expect(model.isPaused()).toBe(true);
    fake.media()?.play();
    expect(model.isPaused()).toBe(false);
    fake.media()?.next();
    expect(model.positionNow()?.stepIndex).toBe(1);
    fake.media()?.previous();
    expect(model.positionNow()?.stepIndex).toBe(0);
  });

  it('holds a wake lock while running and lets it go, with the tab lock, at the end', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    expect(fake.log.wakeLock).toEqual(['held']);
    expect(fake.isLockHeld()).toBe(true);
    model.end();
    expect(fake.log.wakeLock).toEqual(['held', 'released']);
    expect(fake.isLockHeld()).toBe(false);
    expect(fake.isTicking()).toBe(false);
    expect(model.record.value?.completed).toBe(false);
  });

  it('reports an interrupted audio context and puts the tones back when it runs again', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    fake.run(12_000);
    fake.setAudio('interrupted');
    expect(model.audioState.value).toBe('interrupted');
    fake.run(10_000);
    const before = fake.log.tones.length;
    fake.setAudio('running');
    expect(model.audioState.value).toBe('running');
    const rescheduled = fake.log.tones.slice(before);
    expect(rescheduled.map((tone) => tone.kind)).toEqual(['half']);
    expect(rescheduled.every((tone) => tone.atPageMs >= fake.nowMs() - 1_500)).toBe(true);
  });

  it('keeps time across a frozen page: one late tick lands at the right place', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    fake.jump(95_000 + startLeadMs);
    expect(model.positionNow()?.elapsedMs).toBe(95_000);
    expect(model.positionNow()?.stepIndex).toBe(2);
  });

  it('drops cues a frozen page missed instead of playing them in a burst', async () => {
    const { fake, model } = setup({ voices: ['en'] });
    await model.start({ ...quickLeft, cueStyle: { ...quickLeft.cueStyle, voice: true } });
    fake.run(1_000);
    const spokenBefore = fake.log.spoken.length;
    fake.jump(94_000);
    expect(fake.log.spoken.length - spokenBefore).toBe(0);
    expect(played(fake).filter((tone) => tone.atPageMs < fake.nowMs() - 1_500)).toHaveLength(1);
  });

  it('stays on time over two hours of sessions back to back, with nothing piling up', async () => {
    const { fake, model } = setup();
    const longest: StartOptions = {
      ...quickLeft,
      painSide: 'both',
      planOptions: { holdMs: 600_000 },
      cueStyle: { ...quickLeft.cueStyle, breathSound: true },
    };
    let sessionTimeMs = 0;
    const pendingAfter: number[] = [];
    while (sessionTimeMs < 2 * 60 * 60 * 1000) {
      const originMs = fake.nowMs() + startLeadMs;
      const toneCount = fake.log.tones.length;
      await model.start(longest);
      const timeline = model.timeline.value!;
      fake.run(timeline.totalMs + 1_000);
      expect(model.status.value).toBe('done');
      const tones = fake.log.tones.slice(toneCount).filter((tone) => !tone.cancelled);
      const planned = timeline.cues.map((cue) => `${cue.kind}@${cue.atMs}`);
      expect(tones.map((tone) => `${tone.kind}@${tone.atPageMs - originMs}`)).toEqual(planned);
      pendingAfter.push(fake.log.tones.filter((tone) => tone.atPageMs > fake.nowMs()).length);
      sessionTimeMs += timeline.totalMs;
      model.reset();
    }
    expect(sessionTimeMs).toBeGreaterThan(2 * 60 * 60 * 1000);
    expect(pendingAfter.every((count) => count === 0)).toBe(true);
  });
});
