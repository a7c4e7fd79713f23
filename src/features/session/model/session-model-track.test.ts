import { describe, expect, it } from 'vitest';
import { sessionWords } from '../ui/session-words';
import { planSession, withMoreTime } from '../core/planner';
import { deriveTimeline, defaultTiming, nextStepStartMs } from '../core/timeline';
import { trackRequest } from '../core/track';
import { bedCapMs } from '../core/bed';
import { moreTimeLeadMs } from '../core/more-time-ahead';
import { createFakeSessionPlatform } from '../../../../test/session-fakes';
import { createSessionModel, moreTimeMs, type StartOptions } from './session-model';

/** The default playback: the session as one rendered track in a media element. */
const quickLeft: StartOptions = {
  painSide: 'left',
  planOptions: { holdMs: 30_000 },
  timing: defaultTiming,
  waitForMe: false,
  cueStyle: { voice: false, tones: true, vibration: true, breathSound: true },
  before: {},
};
const sounds = { tones: true, breathSound: true };
const timelineOf = (holdMs = 30_000) => deriveTimeline(planSession('left', { holdMs }));

let ids = 0;
function setup(options: Parameters<typeof createFakeSessionPlatform>[0] = {}) {
  const fake = createFakeSessionPlatform(options);
  const model = createSessionModel(fake.platform, {
    epochNowMs: () => 1_700_000_000_000 + fake.nowMs(),
    newId: () => `session-${(ids += 1)}`,
    words: sessionWords,
  });
  return { fake, model };
}

async function started(options: Partial<StartOptions> = {}, fakeOptions = {}) {
  const { fake, model } = setup(fakeOptions);
  await model.start({ ...quickLeft, ...options });
  await fake.settle();
  return { fake, model };
}

describe('session model, playing one rendered track (lock screen)', () => {
  it('renders the whole session as one track from the start and plays it', async () => {
    const { fake, model } = await started();
    expect(fake.log.unlocks).toBe(1);
    expect(fake.log.renders).toEqual([trackRequest(timelineOf(), 0, null, sounds)]);
    expect(fake.log.loads[0]?.offsetMs).toBe(0);
    expect(fake.trackState()).toBe('playing');
    fake.run(12_345);
    // No tone goes to Web Audio: the track carries them all.
    expect(fake.log.tones).toEqual([]);
    expect(model.positionNow()?.elapsedMs).toBe(12_345);
  });

  it('takes session time from the media clock, never by counting', async () => {
    const { fake, model } = await started();
    fake.run(10_000);
    // The element stalls (buffering, a starved device) without telling anyone.
    fake.platform.track.pause();
    fake.run(5_000);
    expect(model.positionNow()?.elapsedMs).toBe(10_000);
    expect(model.elapsedNow()).toBe(fake.trackMs());
  });

  it('keeps session time still until the rendered track plays', async () => {
    const { fake, model } = setup({ deferRenders: true });
    await model.start(quickLeft);
    fake.run(2_000);
    expect(model.positionNow()?.elapsedMs).toBe(0);
    fake.finishRenders();
    await fake.settle();
    fake.run(2_000);
    expect(model.positionNow()?.elapsedMs).toBe(2_000);
  });

  it('pauses on the quiet bed, never idle, and plays on from the paused second', async () => {
    const { fake, model } = await started();
    fake.run(15_000);
    await fake.settle();
    model.pause();
    fake.run(7_000);
    expect(model.positionNow()?.elapsedMs).toBe(15_000);
    // The element keeps playing (the bed stands for no session time), so the lock screen keeps
    // its controls; the part to go on with was rendered when Pause came.
    expect(fake.trackState()).toBe('playing');
    expect(fake.isBedLoaded()).toBe(true);
    await fake.settle();
    const loads = fake.log.loads.length;
    model.resume();
    // Swapped in at once, inside the call: no render in between.
    expect(fake.log.loads).toHaveLength(loads + 1);
    expect(fake.log.loads.at(-1)?.offsetMs).toBe(15_000);
    expect(fake.log.loads.at(-1)?.request).toEqual(
      trackRequest(timelineOf(), 15_000, null, sounds),
    );
    fake.run(1_000);
    expect(model.positionNow()?.elapsedMs).toBe(16_000);
  });

  it('ends the pause bed after 5 minutes and says the sound stopped', async () => {
    const { fake, model } = await started();
    fake.run(8_000);
    await fake.settle();
    model.pause();
    fake.run(bedCapMs + 10_000);
    expect(fake.trackState()).toBe('ended');
    expect(model.soundStopped.value).toMatchObject({ reason: 'pause', atMs: 8_000 });
    model.resume();
    await fake.settle();
    fake.run(1_000);
    expect(model.soundStopped.value).toBeNull();
    expect(model.positionNow()?.elapsedMs).toBe(9_000);
  });

  it('renders again from the next step on Skip, with every later cue of the timeline', async () => {
    const { fake, model } = await started();
    fake.run(12_000);
    model.skipSide();
    const timeline = timelineOf();
    const targetMs = nextStepStartMs(timeline, 12_000);
    expect(model.positionNow()?.elapsedMs).toBe(targetMs);
    await fake.settle();
    expect(fake.log.loads.at(-1)?.request).toEqual(trackRequest(timeline, targetMs, null, sounds));
    fake.run(3_000);
    expect(model.positionNow()?.elapsedMs).toBe(targetMs + 3_000);
  });

  it('renders again from the step start on Back', async () => {
    const { fake, model } = await started();
    const timeline = timelineOf();
    fake.run((timeline.steps[1]?.startMs ?? 0) + 8_000);
    model.back();
    await fake.settle();
    const backMs = timeline.steps[1]?.startMs ?? NaN;
    expect(fake.log.loads.at(-1)?.request).toEqual(trackRequest(timeline, backMs, null, sounds));
    expect(model.positionNow()?.elapsedMs).toBe(backMs);
  });

  it('plays the longer hold rendered ahead after "more time", with no render after the tap', async () => {
    const { fake, model } = await started();
    fake.run(20_000);
    await fake.settle();
    const renders = fake.log.renders.length;
    const loads = fake.log.loads.length;
    expect(model.addTime()).toBe(true);
    await fake.settle();
    const longer = deriveTimeline(
      planSession('left', withMoreTime({ holdMs: 30_000 }, 0, moreTimeMs)),
    );
    expect(model.positionNow()?.holdRemainingMs).toBe((longer.steps[0]?.endMs ?? 0) - 20_000);
    // The element plays on, and the part rendered ahead takes over within a few seconds.
    expect(fake.log.loads).toHaveLength(loads);
    fake.run(moreTimeLeadMs + 6_000);
    const handedOver = fake.log.loads.at(-1);
    expect(handedOver?.request).toEqual(
      trackRequest(longer, handedOver?.offsetMs ?? NaN, null, sounds),
    );
    expect(fake.log.renders.slice(renders)).not.toContainEqual(handedOver?.request);
    expect(model.positionNow()?.holdRemainingMs).toBe(
      (longer.steps[0]?.endMs ?? 0) - 20_000 - moreTimeLeadMs - 6_000,
    );
  });

  it('drops a render that a newer one overtook', async () => {
    const { fake, model } = await started();
    fake.run(5_000);
    model.skipSide();
    model.skipSide();
    await fake.settle();
    const timeline = timelineOf();
    const secondMs = timeline.steps[2]?.startMs ?? NaN;
    expect(fake.log.loads.map((load) => load.offsetMs)).toEqual([0, secondMs]);
    expect(model.positionNow()?.elapsedMs).toBe(secondMs);
  });

  it('moves to any time on a seek: forward skips steps, back opens them again', async () => {
    const { fake, model } = await started();
    const timeline = timelineOf();
    const targetMs = (timeline.steps[3]?.holdStartMs ?? 0) + 4_000;
    model.seekTo(targetMs);
    await fake.settle();
    expect(fake.log.loads.at(-1)?.offsetMs).toBe(targetMs);
    expect(model.positionNow()?.stepIndex).toBe(3);
    model.seekTo(1_000);
    await fake.settle();
    expect(fake.log.loads.at(-1)?.offsetMs).toBe(1_000);
    model.end();
    expect(model.record.value?.steps.slice(0, 3).map((step) => step.status)).toEqual([
      'not-reached',
      'not-reached',
      'not-reached',
    ]);
  });

  it('plays the bed at a wait-for-me gate, and Ready plays on to the next gate at once', async () => {
    const { fake, model } = await started({ waitForMe: true });
    const timeline = timelineOf();
    const gateMs = timeline.steps[0]?.holdStartMs ?? NaN;
    expect(fake.log.renders[0]).toEqual(trackRequest(timeline, 0, gateMs, sounds));
    fake.run(gateMs + 60_000);
    await fake.settle();
    // Never idle: the same element plays the quiet bed at the gate.
    expect(fake.trackState()).toBe('playing');
    expect(model.isWaiting()).toBe(true);
    expect(model.positionNow()?.elapsedMs).toBe(gateMs);
    // Play on the lock screen (or a headphones button) at a gate means Ready, played at once.
    const loads = fake.log.loads.length;
    fake.media()?.play();
    const nextGateMs = timeline.steps[1]?.holdStartMs ?? NaN;
    expect(fake.log.loads).toHaveLength(loads + 1);
    expect(fake.log.loads.at(-1)?.request).toEqual(
      trackRequest(timeline, gateMs, nextGateMs, sounds),
    );
    fake.run(1_000);
    expect(model.positionNow()?.elapsedMs).toBe(gateMs + 1_000);
    expect(model.isWaiting()).toBe(false);
  });

  it("applies the lock screen's handlers again each time the element starts playing", async () => {
    const { fake, model } = await started();
    fake.run(2_000);
    await fake.settle();
    const before = fake.media();
    model.skipSide();
    await fake.settle();
    expect(fake.media()).not.toBe(before);
    expect(fake.media()).not.toBeNull();
  });

  it('takes Next on the lock screen at a gate as Ready', async () => {
    const { fake, model } = await started({ waitForMe: true });
    const gateMs = timelineOf().steps[0]?.holdStartMs ?? NaN;
    fake.run(gateMs + 1_000);
    await fake.settle();
    fake.media()?.next();
    fake.run(1_000);
    expect(model.positionNow()?.elapsedMs).toBe(gateMs + 1_000);
  });

  it('ends the bed after 5 minutes at a gate with the session still waiting, and says so', async () => {
    const { fake, model } = await started({ waitForMe: true });
    const gateMs = timelineOf().steps[0]?.holdStartMs ?? NaN;
    fake.run(gateMs + bedCapMs + 5_000);
    expect(fake.trackState()).toBe('ended');
    expect(model.isWaiting()).toBe(true);
    expect(model.soundStopped.value).toMatchObject({ reason: 'gate', atMs: gateMs });
    model.ready();
    await fake.settle();
    fake.run(1_000);
    expect(model.soundStopped.value).toBeNull();
  });

  it('pauses with the media element when something outside pauses it, and plays with it', async () => {
    const { fake, model } = await started();
    fake.run(9_000);
    fake.interruptTrack();
    expect(model.isPaused()).toBe(true);
    fake.run(4_000);
    fake.playTrackFromOutside();
    expect(model.isPaused()).toBe(false);
    fake.run(1_000);
    expect(model.positionNow()?.elapsedMs).toBe(10_000);
  });

  it('says when the browser refuses to play, and plays on the next gesture', async () => {
    const { model } = await started({}, { trackBlocked: true });
    expect(model.audioState.value).toBe('suspended');
    await model.resumeAudio();
    expect(model.audioState.value).toBe('suspended');
  });

  it('falls back to Web Audio tones from the same place when the track cannot be made', async () => {
    const { fake, model } = await started({}, { renderFails: true });
    fake.run(3_000);
    expect(fake.log.tones.length).toBeGreaterThan(0);
    expect(fake.log.tones[0]?.kind).toBe('get-ready');
    expect(model.positionNow()?.elapsedMs).toBe(3_000);
  });

  it('plays the same part again as WAV when the element cannot play the FLAC it was given', async () => {
    const { fake, model } = await started();
    fake.run(5_000);
    expect(fake.log.loads.map((load) => load.type)).toEqual(['audio/flac']);
    fake.failTrack();
    await fake.settle();
    const again = fake.log.loads[1];
    expect(again?.type).toBe('audio/wav');
    expect(again?.offsetMs).toBe(5_000);
    expect(fake.trackState()).toBe('playing');
    fake.run(2_000);
    expect(model.positionNow()?.elapsedMs).toBe(7_000);
    // Still the track, not Web Audio: it keeps playing with the screen locked.
    expect(fake.log.tones).toEqual([]);
    expect(fake.log.audioContext).toEqual([]);
  });

  it('falls back to Web Audio when even the WAV cannot be played', async () => {
    const { fake } = await started();
    fake.run(2_000);
    fake.failTrack();
    await fake.settle();
    fake.failTrack();
    fake.run(10_000);
    // The hold's start, 10 s in, on Web Audio.
    expect(fake.log.tones.map((tone) => tone.kind)).toContain('start');
  });

  it('ends by itself when the track reaches the end, with the closing tone in it', async () => {
    const { fake, model } = await started();
    const timeline = timelineOf();
    expect(fake.log.renders[0]?.cues.at(-1)).toEqual({ atMs: timeline.totalMs, kind: 'done' });
    fake.run(timeline.totalMs + 100);
    expect(model.status.value).toBe('done');
    expect(model.record.value?.completed).toBe(true);
    expect(model.record.value?.activeMs).toBe(timeline.totalMs);
  });

  it('resumes a checkpoint by rendering from the saved second; old checkpoints mean lock screen', async () => {
    const { fake, model } = await started();
    fake.run(14_000);
    model.pause();
    const saved = fake.savedCheckpoint();
    expect(saved?.elapsedMs).toBe(14_000);
    const { voice, tones, vibration, breathSound } = saved!.cueStyle;
    const oldStyle = { voice, tones, vibration, breathSound };
    const again = setup();
    await again.fake.platform.checkpoints.save({ ...saved!, cueStyle: oldStyle });
    await again.model.checkForResumable();
    await again.model.resumeFromCheckpoint();
    await again.fake.settle();
    expect(again.fake.log.loads[0]?.offsetMs).toBe(14_000);
    again.fake.run(1_000);
    expect(again.model.positionNow()?.elapsedMs).toBe(15_000);
  });

  it('puts the tones in the track when a voice is chosen: it cannot speak under a lock', async () => {
    const { fake } = await started({
      cueStyle: { voice: true, tones: false, vibration: false, breathSound: false },
    });
    const kinds = new Set(fake.log.renders[0]?.cues.map((cue) => cue.kind));
    expect(kinds.has('start')).toBe(true);
    expect(kinds.has('breathe-in')).toBe(false);
  });

  it('plays a track cued on the set-up screen at Start, with no render or unlock in between', async () => {
    const { fake, model } = setup();
    model.cueTrack(quickLeft);
    await fake.settle();
    expect(fake.log.renders).toEqual([trackRequest(timelineOf(), 0, null, sounds)]);
    expect(fake.trackState()).toBe('paused');
    // Choices that give the same track render nothing more.
    model.cueTrack({ ...quickLeft, before: { pain0to10: 4 } });
    await model.start(quickLeft);
    // The first part was rendered once; what renders after it is for the lock screen's buttons.
    const firstParts = fake.log.renders.filter(
      (request) => request.fromMs === 0 && request.untilMs > 0,
    );
    expect(firstParts).toHaveLength(1);
    expect(fake.log.loads).toHaveLength(1);
    expect(fake.log.unlocks).toBe(0);
    expect(fake.trackState()).toBe('playing');
    fake.run(4_000);
    expect(model.positionNow()?.elapsedMs).toBe(4_000);
  });

  it('renders at Start when the choices changed after the track was cued', async () => {
    const { fake, model } = setup();
    model.cueTrack(quickLeft);
    await fake.settle();
    await model.start({ ...quickLeft, waitForMe: true });
    await fake.settle();
    const timeline = timelineOf();
    const gateMs = timeline.steps[0]?.holdStartMs ?? NaN;
    expect(fake.log.renders.at(-1)).toEqual(trackRequest(timeline, 0, gateMs, sounds));
    expect(fake.log.unlocks).toBe(1);
    expect(fake.log.loads.map((load) => load.request.untilMs)).toEqual([timeline.totalMs, gateMs]);
  });

  it('drops a cued track that is still rendering when Start is pressed', async () => {
    const { fake, model } = setup({ deferRenders: true });
    model.cueTrack(quickLeft);
    await model.start(quickLeft);
    expect(fake.log.renders).toHaveLength(2);
    fake.finishRenders();
    await fake.settle();
    expect(fake.log.loads).toHaveLength(1);
    expect(fake.trackState()).toBe('playing');
  });

  it('cues a saved session from its second, so that Resume plays at once', async () => {
    const first = await started();
    first.fake.run(14_000);
    first.model.pause();
    const again = setup();
    await again.fake.platform.checkpoints.save(first.fake.savedCheckpoint()!);
    await again.model.checkForResumable();
    await again.fake.settle();
    expect(again.fake.log.loads[0]?.offsetMs).toBe(14_000);
    await again.model.resumeFromCheckpoint();
    expect(again.fake.log.renders.filter((request) => request.fromMs === 14_000)).toHaveLength(1);
    expect(again.fake.log.loads).toHaveLength(1);
    again.fake.run(1_000);
    expect(again.model.positionNow()?.elapsedMs).toBe(15_000);
  });

  it('stops a cued track at once when another tab holds the session', async () => {
    const { fake, model } = setup({ lockFree: false });
    model.cueTrack(quickLeft);
    await fake.settle();
    expect(await model.start(quickLeft)).toBe(false);
    expect(fake.trackState()).toBe('empty');
    expect(model.lockedElsewhere.value).toBe(true);
  });

  it('stays paused on the lock screen when Pause comes while a re-render is under way', async () => {
    const { fake, model } = setup({ deferRenders: true, queueTrackEvents: true });
    await model.start(quickLeft);
    fake.finishRenders();
    await fake.settle();
    fake.deliverTrackEvents();
    fake.run(5_000);
    // Pause while the seek's track is rendering: it is loaded and not played.
    model.seekTo(12_000);
    model.pause();
    fake.finishRenders();
    await fake.settle();
    fake.deliverTrackEvents();
    expect(model.isPaused()).toBe(true);
    // The part rendered for the seek is not played: the element stays paused.
    expect(fake.log.loads.map((load) => load.offsetMs)).not.toContain(12_000);
    expect(fake.trackState()).not.toBe('playing');
    model.resume();
    await fake.settle();
    fake.deliverTrackEvents();
    // Pause just after the re-rendered track started: its 'playing' event comes after Pause.
    model.seekTo(20_000);
    fake.finishRenders();
    await fake.settle();
    model.pause();
    fake.deliverTrackEvents();
    await fake.settle();
    expect(model.isPaused()).toBe(true);
    expect(fake.isBedLoaded()).toBe(true);
    expect(fake.log.media.at(-1)?.state).toBe('paused');
    expect(model.elapsedNow()).toBe(20_000);
  });

  it('leaves Web Audio alone when the track plays: no audio context is made or started', async () => {
    const { fake, model } = setup();
    model.warmUpAudio('lock-screen');
    await model.start(quickLeft);
    await fake.settle();
    fake.run(3_000);
    model.pause();
    model.resume();
    await model.resumeAudio();
    model.end();
    expect(fake.log.audioContext).toEqual([]);
    // Over music, the set-up's gestures start it early, so that Start is instant.
    const other = setup();
    other.model.warmUpAudio('over-music');
    expect(other.fake.log.audioContext).toEqual(['resume']);
  });

  it('leaves the words to the track, never to the device’s voice as well, and still vibrates from the tick', async () => {
    const { fake } = await started(
      { cueStyle: { voice: true, tones: true, vibration: true, breathSound: true } },
      { voices: ['en'] },
    );
    fake.run(11_000);
    expect(fake.log.spoken).toEqual([]);
    expect(fake.log.vibrations.length).toBeGreaterThanOrEqual(2);
    expect(fake.log.renders.at(-1)?.voice?.phrases.length).toBeGreaterThan(0);
  });

  it('lets the device’s voice speak when the track had to go without its words (offline, no bank)', async () => {
    const { fake } = await started(
      { cueStyle: { voice: true, tones: true, vibration: false, breathSound: false } },
      { voices: ['en'], voiceBankMissing: true },
    );
    fake.run(11_000);
    expect(fake.log.spoken.length).toBeGreaterThan(0);
  });

  it('says no "No voice on this device" where the track speaks the words', async () => {
    const { model } = await started(
      { cueStyle: { voice: true, tones: false, vibration: false, breathSound: false } },
      { voices: [] },
    );
    expect(model.isVoiceMissing()).toBe(false);
  });
});
