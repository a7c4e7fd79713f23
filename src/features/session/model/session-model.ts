import { computed, signal } from '@preact/signals';
import { isPaused, seekClock, startClock, type ClockState } from '../core/session-clock';
import { stepAt, type Timeline } from '../core/timeline';
import { playbackOf, type Checkpoint, type Playback } from '../core/checkpoint';
import type { SessionRecord } from '../../../domain/records/session-entry';
import type { AudioState, SessionPlatform, WakeLockState } from '../ports';
import { attachLockScreen } from './session-lock-screen';
import { createCueEffects, trackSpeaks, voiceReady } from './cue-effects';
import { createCheckpointing, sessionRecord, startOptionsOfCheckpoint } from './session-checkpoint';
import type { SessionCore } from './session-core';
import { createToneSound, warmUpAudio } from './tone-sound';
import { createTrackSound } from './track-sound';
import { createTransport } from './session-transport';
import { createTrackCue } from './track-cue';
import { recordSessionStart } from './last-session';
import { createSoundWatch } from './sound-watch';
import { createLockCheck } from './lock-check';
import { audioStartWaitMs, startLeadMs, tickMs } from './session-types';
import type { SessionDeps, SessionStatus, StartAt, StartOptions } from './session-types';

export * from './session-types';

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The guided session. It owns the timeline and the clock state as signals; the screen derives
 * what it shows from `positionNow()` on each animation frame. Nothing is counted tick by tick.
 * Its parts: the transport (./session-transport.ts) moves the clock; the sound follows it, as a
 * rendered track in a media element (./track-sound.ts, 'lock-screen' playback, which keeps every
 * cue with the phone locked) or as Web Audio tones (./tone-sound.ts, 'over-music'); cue effects
 * (./cue-effects.ts) speak and vibrate while the page runs; checkpoints (./session-checkpoint.ts)
 * keep where it is; the sound watch (./sound-watch.ts) says when the sound stopped.
 */
export function createSessionModel(platform: SessionPlatform, deps: SessionDeps) {
  const status = signal<SessionStatus>('idle');
  const wakeLockState = signal<WakeLockState>('released');
  const lockedElsewhere = signal(false);
  const record = signal<SessionRecord | null>(null);
  const resumable = signal<Checkpoint | null>(null);
  const session = { id: '', startedAtEpochMs: 0 };
  const core: SessionCore = {
    platform,
    deps,
    status,
    timeline: signal<Timeline | null>(null),
    clock: signal<ClockState | null>(null),
    audioState: signal<AudioState>(platform.tones.state()),
    announcement: signal(''),
    lastCueText: signal(''),
    options: null,
    outcomes: new Map(),
    lastStepIndex: -1,
    sound: null as unknown as SessionCore['sound'],
    now: () => platform.clock.nowMs(),
  };
  const { timeline, clock, audioState } = core;
  const effects = createCueEffects(core);
  const checkpoints = createCheckpointing(core, session);
  const transport = createTransport(core, effects, checkpoints, {
    tick,
    updateMedia: () => lockScreen.update(),
  });
  const lockScreen = attachLockScreen(core, transport);
  const watch = createSoundWatch(core);
  const tones = createToneSound(core);
  const track = createTrackSound(core, {
    gateFor: transport.gateFor,
    pausedFromOutside: () => {
      watch.stoppedFromOutside();
      transport.pause(false);
    },
    playedFromOutside: () => transport.resume(),
    partEnded: () => tick(),
    bedEnded: (where) => watch.bedEnded(where),
    fallBack: () => transport.replaceSound(track, tones),
    playing: () => lockScreen.connect(),
    progressed: () => lockScreen.update(),
    longerHold: () => transport.longerHold(),
  });
  core.sound = track;
  let stopTicker: (() => void) | null = null;
  let stopPageWatch: (() => void) | null = null;
  const cue = createTrackCue(platform);
  const cueTrack = (start: StartOptions, at: StartAt = { elapsedMs: 0, gateMs: null }) =>
    cue.cue(start, at, () => status.value === 'running');

  const elapsedNow = () => (clock.value ? core.sound.elapsed() : 0);
  const positionNow = () => (timeline.value ? stepAt(timeline.value, elapsedNow()) : null);
  const isWaiting = () => clock.value !== null && core.sound.isWaiting();

  /** Fires the cues that are due and keeps the checkpoint and lock screen. Every worker tick. */
  function tick(): void {
    const current = timeline.value;
    const state = clock.value;
    if (status.value !== 'running' || !current || !state) return;
    const elapsedMs = elapsedNow();
    if (!isPaused(state)) effects.fireDue(current, elapsedMs);
    watch.clearIfSounding();
    core.sound.tick(elapsedMs);
    const position = stepAt(current, elapsedMs);
    // Besides each step change, a checkpoint every few seconds: a crash mid-hold loses little.
    if (!isPaused(state)) checkpoints.saveIfDue();
    if (position.stepIndex !== core.lastStepIndex) {
      for (let index = Math.max(0, core.lastStepIndex); index < position.stepIndex; index += 1) {
        if (!core.outcomes.has(index)) core.outcomes.set(index, 'done');
      }
      core.lastStepIndex = position.stepIndex;
      void checkpoints.save();
    }
    lockScreen.update();
    if (position.isDone) finish(true);
  }

  async function begin(start: StartOptions, at: StartAt): Promise<boolean> {
    const withTrack = playbackOf(start.cueStyle) === 'lock-screen';
    const part = cue.prepare(start, at);
    const { derived, firstGate } = part;
    // Audio must start (or be unlocked) inside the user's gesture, before anything is awaited.
    // A cued track starts now; the session lock is asked for while its first cue sounds.
    const cuedStart = cue.take(part, withTrack && !lockedElsewhere.value);
    const isCued = cuedStart !== null;
    // A track cued for other choices (or when the session plays over music) is dropped.
    if (!isCued) platform.track.clear();
    if (withTrack && !isCued) platform.track.unlock();
    const audio = withTrack ? Promise.resolve<AudioState>('running') : platform.tones.resume();
    if (!(await platform.lock.acquire())) {
      lockedElsewhere.value = true;
      if (isCued) platform.track.clear();
      return false;
    }
    lockedElsewhere.value = false;
    // The first cue sounds at the session's origin, so the audio clock must run by then; a
    // context that does not start in time (no audio device, a policy) does not hold us up.
    // (The track needs no wait: session time stands still until it plays.)
    audioState.value = await Promise.race([
      audio,
      delay(audioStartWaitMs).then(() => platform.tones.state()),
    ]);
    core.sound = withTrack ? track : tones;
    core.options = start;
    timeline.value = derived;
    core.outcomes = new Map();
    core.lastStepIndex = -1;
    // A short lead lets the first tone be put on the audio clock ahead of its time.
    const nowMs = core.now() + startLeadMs;
    clock.value = seekClock(startClock(nowMs, firstGate), nowMs, at.elapsedMs, firstGate);
    effects.restartAt(at.elapsedMs);
    record.value = null;
    resumable.value = null;
    watch.begin(session.startedAtEpochMs);
    status.value = 'running';
    core.sound.begin(at.elapsedMs, cuedStart);
    lockScreen.connect();
    tick();
    stopTicker = platform.ticker.start(tickMs, tick);
    stopPageWatch?.();
    stopPageWatch = platform.page.watch({ hidden: onHidden, visible: () => watch.visible() });
    if (!withTrack) void audio.then((state) => (audioState.value = state));
    wakeLockState.value = await platform.wakeLock.request();
    return true;
  }

  async function start(options: StartOptions): Promise<boolean> {
    session.id = deps.newId();
    session.startedAtEpochMs = deps.epochNowMs();
    const started = await begin(options, { elapsedMs: 0, gateMs: null });
    if (started) void checkpoints.save();
    // Home now offers to start this way again in one tap.
    if (started && deps.settings) recordSessionStart(deps.settings, session.startedAtEpochMs);
    return started;
  }

  async function resumeFromCheckpoint(): Promise<boolean> {
    const saved = resumable.value;
    if (!saved) return false;
    session.id = saved.id;
    session.startedAtEpochMs = saved.startedAtEpochMs;
    const started = await begin(startOptionsOfCheckpoint(saved), saved);
    if (started) {
      core.outcomes = new Map();
      saved.outcomes.forEach((outcome, index) => {
        if (outcome.status !== 'not-reached') core.outcomes.set(index, outcome.status);
      });
      core.lastStepIndex = positionNow()?.stepIndex ?? -1;
    }
    return started;
  }

  async function checkForResumable(): Promise<Checkpoint | null> {
    if (status.value === 'running') return null;
    lockedElsewhere.value = await platform.lock.isHeldElsewhere().catch(() => false);
    if (lockedElsewhere.value) return null;
    const saved = await platform.checkpoints.load().catch(() => undefined);
    resumable.value = saved ?? null;
    if (saved) cueTrack(startOptionsOfCheckpoint(saved), saved);
    return resumable.value;
  }

  /** Hidden or about to go (a reload, a closed tab): keep where we are, and watch the sound. */
  function onHidden(): void {
    if (status.value !== 'running') return;
    void checkpoints.save();
    watch.hidden();
  }

  function finish(completed: boolean): void {
    if (status.value !== 'running' || !core.options || !timeline.value) return;
    const activeMs = elapsedNow();
    stopTicker?.();
    stopTicker = null;
    stopPageWatch?.();
    stopPageWatch = null;
    // Completed, the closing tone plays to its end (it is the track's last sound).
    core.sound.stop(completed);
    if (!completed) platform.speech.cancel();
    const position = positionNow();
    if (position && !completed) {
      for (let index = 0; index < position.stepIndex; index += 1) {
        if (!core.outcomes.has(index)) core.outcomes.set(index, 'done');
      }
    }
    record.value = sessionRecord(core, session, completed, activeMs);
    watch.finish(completed, activeMs);
    status.value = 'done';
    lockScreen.clear();
    platform.lock.release();
    void platform.wakeLock.release();
    wakeLockState.value = 'released';
    void platform.checkpoints.clear().catch(() => {});
  }

  return {
    status,
    timeline,
    clock,
    audioState,
    wakeLockState,
    announcement: core.announcement,
    lastCueText: core.lastCueText,
    lockedElsewhere,
    record,
    resumable,
    lockCheck: createLockCheck(platform, deps, () => status.value === 'running'),
    /** Set when the sound stopped: a 5-minute cap, or something outside the app. */
    soundStopped: watch.stopped,
    /** "Go on from there": from where the sound stopped, playing. */
    goOnAfterStop: () => {
      if (watch.stopped.value) transport.goOnFrom(watch.stopped.value.atMs);
    },
    isActive: computed(() => status.value === 'running'),
    positionNow,
    elapsedNow,
    isWaiting,
    isPaused: () => clock.value !== null && isPaused(clock.value),
    voiceReady: () => voiceReady(core),
    /** The user chose a voice, but no on-device voice speaks this language. */
    isVoiceMissing: () =>
      core.options?.cueStyle.voice === true && !trackSpeaks(core) && !voiceReady(core),
    cueTrack,
    start,
    resumeFromCheckpoint,
    checkForResumable,
    discardResumable: async () => {
      resumable.value = null;
      await platform.checkpoints.clear().catch(() => {});
    },
    pause: () => transport.pause(),
    resume: () => transport.resume(),
    togglePause: () => transport.togglePause(),
    /** Moves to `elapsedMs` of session time (Media Session seek). */
    seekTo: (elapsedMs: number) => transport.seekTo(elapsedMs),
    skipSide: () => transport.skipSide(),
    skipPoint: () => transport.skipPoint(),
    back: () => transport.back(),
    ready: () => transport.ready(),
    addTime: () => transport.addTime(),
    canAddTime: () => transport.canAddTime(),
    end: () => finish(false),
    reset: () => {
      if (status.value === 'running') return;
      status.value = 'idle';
      timeline.value = null;
      clock.value = null;
      record.value = null;
      core.lastCueText.value = '';
      core.announcement.value = '';
    },
    resumeAudio: async () => void (await core.sound.retry()),
    warmUpAudio: (playback: Playback) => warmUpAudio(core, playback),
    /** Settles once the latest checkpoint (Pause's, the hidden page's) is in storage. */
    checkpointWritten: () => checkpoints.whenWritten(),
    tick,
  };
}

export type SessionModel = ReturnType<typeof createSessionModel>;
