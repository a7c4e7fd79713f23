import { computed, signal } from '@preact/signals';
import {
  PlanError,
  planSession,
  withMoreTime,
  type PainSide,
  type PlanOptions,
} from '../core/planner';
import {
  elapsedAt,
  gateAfter,
  isPaused,
  isWaitingAtGate,
  passGate,
  pauseClock,
  resumeClock,
  seekClock,
  startClock,
  type ClockState,
} from '../core/session-clock';
import {
  cuesBetween,
  deriveTimeline,
  nextPointStartMs,
  nextStepStartMs,
  previousStepStartMs,
  stepAt,
  type Cue,
  type Position,
  type Timeline,
  type TimingOptions,
} from '../core/timeline';
import { trackRequest, type TrackSounds } from '../core/track';
import { spokenTiming, trackVoiceBank } from '../core/voice-track';
import { locale } from '../../../i18n/i18n';
import { createLockScreen } from './session-lock-screen';
import { playbackOf, type Checkpoint, type CueStyle, type Playback } from '../core/checkpoint';
import type { AudioState, SessionPlatform, TrackEvent, WakeLockState } from '../ports';
import type { Readings, SessionRecord, StepOutcome } from '../core/record';

/**
 * The guided session. It owns the timeline and the clock state as signals; the screen derives
 * what it shows from `positionNow()` on each animation frame. Nothing is counted tick by tick.
 *
 * Two ways to sound ('playback' in the cue style):
 * - 'lock-screen': the rest of the session, up to the next wait-for-me gate, is rendered into one
 *   track (core/track.ts) that the media element plays; while it plays, its clock is the
 *   session's clock. Pause pauses it; skip, back, seek, Ready and more time render again from
 *   the new position. No script runs at cue time, so a locked phone keeps every cue.
 * - 'over-music': a worker tick schedules tones ahead on the Web Audio clock.
 * In both, the worker tick fires speech and vibration and saves checkpoints while the page runs.
 */
export interface StartOptions {
  readonly painSide: PainSide;
  readonly planOptions: PlanOptions;
  readonly timing: TimingOptions;
  readonly waitForMe: boolean;
  readonly cueStyle: CueStyle;
  readonly before: Readings;
}

/**
 * The words the session speaks, announces and puts on the lock screen. The model decides when;
 * the UI's words (ui/session-words.ts) say what, in the language shown.
 */
export interface SessionWords {
  /** A cue's words, or null for a cue that has none (a breath, a tick). */
  cue(timeline: Timeline, cue: Cue): string | null;
  paused(): string;
  moreTimeAdded(seconds: number): string;
  /** The lock screen's title, "Point 3 of 9" and album line for a step; null past the end. */
  mediaStep(
    timeline: Timeline,
    stepIndex: number,
  ): { readonly title: string; readonly subtitle: string; readonly album: string } | null;
}

export interface SessionDeps {
  /** Epoch time for the journal's dates (Date.now in the browser). */
  readonly epochNowMs: () => number;
  readonly newId: () => string;
  readonly words: SessionWords;
}

export type SessionStatus = 'idle' | 'running' | 'done';

/** How far ahead tones are put on the audio clock. */
export const lookaheadMs = 4000;
/** The worker tick that refills the lookahead and fires speech and vibration. */
export const tickMs = 100;
/** The session starts this much after Start, so that its first tone is scheduled, not late. */
export const startLeadMs = 50;
/** While a hold runs, where it is gets saved this often. */
export const checkpointEveryMs = 5000;
/** How long Start waits for the audio clock to run before the session begins anyway. */
export const audioStartWaitMs = 400;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** A cue more than this late (a frozen page) is dropped, not played in a burst. */
export const staleMs = 1500;
/** What "More time" adds to the current hold (WCAG 2.2.1: timing can be extended). */
export const moreTimeMs = 30_000;

const vibrationPatterns: Partial<Record<Cue['kind'], readonly number[]>> = {
  'get-ready': [120, 80, 120],
  'next-point': [120, 80, 120, 80, 120],
  'switch-side': [250, 100, 250],
  start: [300],
  press: [180],
  release: [60],
  'ten-left': [80, 80, 80],
  done: [200, 100, 200, 100, 400],
};

function startOptionsOfCheckpoint(saved: Checkpoint): StartOptions {
  return {
    painSide: saved.painSide,
    planOptions: saved.planOptions,
    timing: saved.timing,
    waitForMe: saved.waitForMe,
    cueStyle: saved.cueStyle,
    before: saved.before,
  };
}

/** Where a session starts: 0 for a new one, a checkpoint's place for a resumed one. */
interface StartAt {
  readonly elapsedMs: number;
  readonly gateMs: number | null;
}

/** What the track plays for a cue style (see trackSounds); its words in the app's language. */
function soundsOf(cue: CueStyle | undefined): TrackSounds {
  const voice = trackVoiceBank(cue, locale.value);
  return { tones: !!cue && (cue.tones || cue.voice), breathSound: !!cue?.breathSound, voice };
}

export function createSessionModel(platform: SessionPlatform, deps: SessionDeps) {
  const status = signal<SessionStatus>('idle');
  const timeline = signal<Timeline | null>(null);
  const clock = signal<ClockState | null>(null);
  const audioState = signal<AudioState>(platform.tones.state());
  const wakeLockState = signal<WakeLockState>('released');
  const announcement = signal('');
  const lastCueText = signal('');
  const lockedElsewhere = signal(false);
  const record = signal<SessionRecord | null>(null);
  const resumable = signal<Checkpoint | null>(null);
  const lockScreen = createLockScreen(platform.media, deps.words);

  let options: StartOptions | null = null;
  let id = '';
  let startedAtEpochMs = 0;
  let outcomes = new Map<number, 'done' | 'skipped'>();
  let scheduledUntilMs = 0;
  let firedUntilMs = 0;
  let lastStepIndex = -1;
  let lastCheckpointAtMs = -Infinity;
  let stopTicker: (() => void) | null = null;
  let stopAudioWatch: (() => void) | null = null;
  let stopTrackWatch: (() => void) | null = null;
  /** True while the session's sound is the rendered track ('lock-screen' playback). */
  let usingTrack = false;
  /** Session time of the first sample of the track loaded, or being rendered. */
  let trackFromMs = 0;
  /** Bumped with each render, so that a render overtaken by a newer one is dropped. */
  let trackGeneration = 0;
  /**
   * The track rendered ahead on the set-up screen and loaded into the media element, paused, so
   * that Start only has to play it (`cueTrack`); `request` is what it was rendered from.
   */
  let cued: { request: string } | null = null;
  /** Bumped with each cue and each start, so that a cue overtaken by either is dropped. */
  let cueGeneration = 0;

  const now = () => platform.clock.nowMs();
  /** Session time: the media track's clock while it carries the session, else the page clock. */
  function elapsedNow(): number {
    const state = clock.value;
    if (!state) return 0;
    if (!usingTrack) return elapsedAt(state, now());
    // The closing tone plays on past the end; session time stops at the end.
    const endMs = Math.min(state.gateMs ?? Infinity, timeline.value?.totalMs ?? Infinity);
    return Math.min(Math.max(0, platform.track.currentMs() ?? trackFromMs), endMs);
  }
  /** The track speaks the words: the device's voice then never speaks as well. */
  const trackSpeaks = () =>
    usingTrack &&
    platform.renderer.hasWords() &&
    trackVoiceBank(options?.cueStyle, locale.value) !== null;
  const voiceReady = () =>
    options?.cueStyle.voice === true && !trackSpeaks() && platform.speech.hasVoice(locale.value);
  /** Tones carry the cues when chosen, and whenever a chosen voice is missing. */
  const tonesOn = () =>
    options !== null && (options.cueStyle.tones || (options.cueStyle.voice && !voiceReady()));

  /**
   * What the track plays. Voice cannot speak under a lock, so a chosen voice puts the tones into
   * the track as well; the voice still speaks over them while the page runs.
   */
  function trackSounds(): TrackSounds {
    return soundsOf(options?.cueStyle);
  }

  function positionNow(): Position | null {
    return timeline.value ? stepAt(timeline.value, elapsedNow()) : null;
  }

  function checkpoint(): Checkpoint | null {
    if (!options || !timeline.value || !clock.value) return null;
    return {
      version: 1,
      id,
      painSide: options.painSide,
      planOptions: options.planOptions,
      timing: options.timing,
      waitForMe: options.waitForMe,
      cueStyle: options.cueStyle,
      elapsedMs: elapsedNow(),
      gateMs: clock.value.gateMs,
      startedAtEpochMs,
      savedAtEpochMs: deps.epochNowMs(),
      outcomes: outcomesList(),
      before: options.before,
    };
  }

  function saveCheckpoint(): void {
    lastCheckpointAtMs = now();
    const current = checkpoint();
    if (current && status.value === 'running')
      void platform.checkpoints.save(current).catch(() => {});
  }

  function outcomesList(): StepOutcome[] {
    return (timeline.value?.plan.steps ?? []).map((step, index) => ({
      pointId: step.pointId,
      side: step.side,
      status: outcomes.get(index) ?? 'not-reached',
    }));
  }

  /** Schedules tones ahead and fires the cues that are due. Runs on every worker tick. */
  function tick(): void {
    const current = timeline.value;
    const state = clock.value;
    if (status.value !== 'running' || !current || !state) return;
    const nowMs = now();
    const elapsedMs = elapsedAt(state, nowMs);
    if (!isPaused(state)) {
      if (!usingTrack) scheduleTones(current, state, elapsedMs);
      fireDue(current, elapsedMs);
    }
    const position = stepAt(current, elapsedMs);
    // Besides each step change, a checkpoint every few seconds: a crash mid-hold loses little.
    if (!isPaused(state) && nowMs - lastCheckpointAtMs >= checkpointEveryMs) saveCheckpoint();
    if (position.stepIndex !== lastStepIndex) {
      for (let index = Math.max(0, lastStepIndex); index < position.stepIndex; index += 1) {
        if (!outcomes.has(index)) outcomes.set(index, 'done');
      }
      lastStepIndex = position.stepIndex;
      saveCheckpoint();
    }
    updateMedia();
    if (position.isDone) finish(true);
  }

  /** Puts the next few seconds of tones on the Web Audio clock ('over-music' playback). */
  function scheduleTones(current: Timeline, state: ClockState, elapsedMs: number): void {
    const limitMs = Math.min(state.gateMs ?? Infinity, current.totalMs + 1);
    const untilMs = Math.min(elapsedMs + lookaheadMs, limitMs);
    if (tonesOn()) {
      for (const cue of cuesBetween(current, scheduledUntilMs, untilMs)) {
        if (cue.atMs < elapsedMs - staleMs) continue;
        if (cue.kind.startsWith('breathe') && !options?.cueStyle.breathSound) continue;
        platform.tones.schedule(cue.kind, state.originMs + cue.atMs);
      }
    }
    scheduledUntilMs = Math.max(scheduledUntilMs, untilMs);
    platform.tones.realign();
  }

  /**
   * Renders the track from `fromMs` up to the next gate (or the end) and plays it, unless the
   * session is paused. Until it plays, session time stays at `fromMs`: the screen never runs
   * ahead of the sound.
   */
  function playTrackFrom(fromMs: number): void {
    const current = timeline.value;
    const state = clock.value;
    if (!current || !state) return;
    const generation = (trackGeneration += 1);
    platform.track.clear();
    trackFromMs = fromMs;
    // Waiting at a gate: silence until Ready renders the next part.
    if (state.gateMs !== null && state.gateMs <= fromMs) return;
    const request = trackRequest(current, fromMs, state.gateMs, trackSounds());
    platform.renderer.render(request).then(
      (audio) => {
        if (generation !== trackGeneration || status.value !== 'running' || !usingTrack) return;
        platform.track.load(audio, fromMs);
        if (clock.value && !isPaused(clock.value)) playTrack();
      },
      () => {
        if (generation === trackGeneration) fallBackToWebAudio();
      },
    );
  }

  function playTrack(): void {
    void platform.track.play().then((played) => {
      if (played) audioState.value = 'running';
    });
  }

  /** The media element cannot play the track: carry on with Web Audio tones from here. */
  function fallBackToWebAudio(): void {
    if (!usingTrack || status.value !== 'running' || !clock.value) return;
    const elapsedMs = elapsedNow();
    usingTrack = false;
    trackGeneration += 1;
    platform.track.clear();
    clock.value = seekClock(clock.value, now(), elapsedMs);
    audioState.value = platform.tones.state();
    watchTones();
    void platform.tones.resume().then((state) => (audioState.value = state));
    reschedule(elapsedMs);
  }

  /** The media element's own events: the end of a part, and pauses from outside the app. */
  function onTrackEvent(event: TrackEvent): void {
    if (!usingTrack || status.value !== 'running' || !clock.value) return;
    // The element's events arrive a task after what caused them: a 'playing' that was queued
    // before the user's Pause (a track just rendered and started) comes after it. An event that
    // no longer matches what the element does now is old news, not a play or pause from outside.
    const trackState = platform.track.state();
    const isPlaying = trackState === 'playing' || trackState === 'loading';
    switch (event) {
      case 'playing':
        if (!isPlaying) return;
        audioState.value = 'running';
        // Played from the lock screen or headphones while the session was paused.
        if (isPaused(clock.value)) resume();
        return;
      case 'paused':
        if (isPlaying) return;
        // A call, a headset unplugged, another app's audio: the session pauses with its sound.
        pause();
        return;
      case 'blocked':
        audioState.value = 'suspended';
        return;
      case 'ended':
        tick();
        return;
      case 'error':
        // A browser that said it plays FLAC but cannot: the same part again, as WAV.
        if (platform.renderer.useFallbackFormat()) playTrackFrom(elapsedNow());
        else fallBackToWebAudio();
    }
  }

  function watchTones(): void {
    stopAudioWatch?.();
    stopAudioWatch = platform.tones.onStateChange((state) => {
      const wasRunning = audioState.value === 'running';
      audioState.value = state;
      // Back from an interruption (a call, Safari's 'interrupted'): the audio clock stood still
      // while the session's did not, so what was scheduled is put on the audio clock again.
      if (state === 'running' && !wasRunning && status.value === 'running') reschedule();
    });
  }

  /** Fires cues in [firedUntilMs, elapsedMs]; a cue at the gate waits for Ready. */
  function fireDue(current: Timeline, elapsedMs: number): void {
    const gateMs = clock.value?.gateMs ?? Infinity;
    for (const cue of cuesBetween(current, firedUntilMs, Math.min(elapsedMs + 1, gateMs))) {
      if (cue.atMs < elapsedMs - staleMs) continue;
      const text = deps.words.cue(current, cue);
      if (text) {
        lastCueText.value = text;
        if (['get-ready', 'next-point', 'switch-side', 'start', 'done'].includes(cue.kind)) {
          announcement.value = text;
        }
        if (voiceReady()) platform.speech.speak(text, locale.value);
      }
      const pattern = vibrationPatterns[cue.kind];
      if (pattern && options?.cueStyle.vibration) platform.haptics.vibrate(pattern);
    }
    firedUntilMs = Math.max(firedUntilMs, Math.min(elapsedMs + 1, gateMs));
  }

  /** The lock-screen player follows the step, playing or not (a gate waits) and the clock. */
  function updateMedia(): void {
    const state = clock.value;
    if (status.value !== 'running' || !timeline.value || !state) return;
    const nowMs = now();
    const playing = !isPaused(state) && !isWaiting();
    lockScreen.show(timeline.value, elapsedNow(), playing, nowMs);
  }

  /** Drops what was scheduled and plays again from `fromMs` (a seek's target, or now). */
  function reschedule(fromMs: number = elapsedNow()): void {
    platform.speech.cancel();
    firedUntilMs = fromMs;
    if (usingTrack) {
      playTrackFrom(fromMs);
    } else {
      platform.tones.cancelAll();
      scheduledUntilMs = fromMs;
    }
    tick();
  }

  /** The timeline a start derives, its first wait-for-me gate and the track up to that gate. */
  function firstPart(start: StartOptions, at: StartAt) {
    const timing = spokenTiming(start.timing, start.cueStyle, locale.value);
    const derived = deriveTimeline(planSession(start.painSide, start.planOptions), timing);
    const firstGate = start.waitForMe ? (at.gateMs ?? gateAfter(derived, at.elapsedMs)) : null;
    const sounds = soundsOf(start.cueStyle);
    return { derived, firstGate, request: trackRequest(derived, at.elapsedMs, firstGate, sounds) };
  }

  /**
   * Renders the track a start with these options would play, and loads it into the media
   * element, paused: then Start only has to play it, inside the tap, and the first cue sounds at
   * once (no render, no second start of the media pipeline). The set-up screen calls this as the
   * choices change; a resume card's checkpoint is cued when it is found.
   */
  function cueTrack(start: StartOptions, at: StartAt = { elapsedMs: 0, gateMs: null }): void {
    if (status.value === 'running' || playbackOf(start.cueStyle) !== 'lock-screen') return;
    let request: string;
    let part: ReturnType<typeof firstPart>;
    try {
      part = firstPart(start, at);
      request = JSON.stringify(part.request);
    } catch (error) {
      if (error instanceof PlanError) return;
      throw error;
    }
    if (cued?.request === request) return;
    const generation = (cueGeneration += 1);
    platform.renderer.render(part.request).then(
      (audio) => {
        if (generation !== cueGeneration || status.value === 'running') return;
        platform.track.load(audio, at.elapsedMs);
        cued = { request };
      },
      // Start renders it then.
      () => {},
    );
  }

  async function begin(start: StartOptions, at: StartAt): Promise<boolean> {
    const withTrack = playbackOf(start.cueStyle) === 'lock-screen';
    const { derived, firstGate, request } = firstPart(start, at);
    const isCued =
      withTrack &&
      cued?.request === JSON.stringify(request) &&
      platform.track.state() === 'paused' &&
      !lockedElsewhere.value;
    cueGeneration += 1;
    cued = null;
    // Audio must start (or be unlocked) inside the user's gesture, before anything is awaited.
    // A cued track starts now; the session lock is asked for while its first cue sounds.
    const cuedPlay = isCued ? platform.track.play() : null;
    // A track cued for other choices (or for the lock screen, when the session plays over
    // music) is dropped.
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
    usingTrack = withTrack;
    options = start;
    timeline.value = derived;
    outcomes = new Map();
    lastStepIndex = -1;
    // A short lead lets the first tone be put on the audio clock ahead of its time.
    const nowMs = now() + startLeadMs;
    clock.value = seekClock(startClock(nowMs, firstGate), nowMs, at.elapsedMs, firstGate);
    scheduledUntilMs = at.elapsedMs;
    firedUntilMs = at.elapsedMs;
    record.value = null;
    resumable.value = null;
    status.value = 'running';
    if (usingTrack) {
      stopTrackWatch = platform.track.onEvent(onTrackEvent);
      if (cuedPlay) {
        trackGeneration += 1;
        trackFromMs = at.elapsedMs;
        void cuedPlay.then((played) => {
          if (played) audioState.value = 'running';
        });
      } else {
        playTrackFrom(at.elapsedMs);
      }
    } else {
      watchTones();
    }
    lockScreen.connect({
      // At a wait-for-me gate, play (lock screen, headphones button) means "Ready".
      play: () => (isWaiting() ? ready() : resume()),
      pause: () => pause(),
      next: () => skipSide(),
      previous: () => back(),
      seekToElapsed: (elapsedMs) => seekToMs(elapsedMs),
    });
    tick();
    stopTicker = platform.ticker.start(tickMs, tick);
    if (!usingTrack) void audio.then((state) => (audioState.value = state));
    wakeLockState.value = await platform.wakeLock.request();
    return true;
  }

  async function start(start: StartOptions): Promise<boolean> {
    id = deps.newId();
    startedAtEpochMs = deps.epochNowMs();
    const started = await begin(start, { elapsedMs: 0, gateMs: null });
    if (started) saveCheckpoint();
    return started;
  }

  async function resumeFromCheckpoint(): Promise<boolean> {
    const saved = resumable.value;
    if (!saved) return false;
    id = saved.id;
    startedAtEpochMs = saved.startedAtEpochMs;
    const started = await begin(startOptionsOfCheckpoint(saved), saved);
    if (started) {
      outcomes = new Map();
      saved.outcomes.forEach((outcome, index) => {
        if (outcome.status !== 'not-reached') outcomes.set(index, outcome.status);
      });
      lastStepIndex = positionNow()?.stepIndex ?? -1;
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

  async function discardResumable(): Promise<void> {
    resumable.value = null;
    await platform.checkpoints.clear().catch(() => {});
  }

  function pause(): void {
    if (status.value !== 'running' || !clock.value || isPaused(clock.value)) return;
    clock.value = pauseClock(clock.value, now());
    platform.speech.cancel();
    if (usingTrack) {
      platform.track.pause();
    } else {
      platform.tones.cancelAll();
      scheduledUntilMs = elapsedNow();
    }
    announcement.value = deps.words.paused();
    saveCheckpoint();
    updateMedia();
  }

  function resume(): void {
    if (status.value !== 'running' || !clock.value || !isPaused(clock.value)) return;
    clock.value = resumeClock(clock.value, now());
    if (usingTrack) {
      // The track waits where it was paused; one still rendering plays once it is ready.
      if (platform.track.state() === 'paused') playTrack();
      firedUntilMs = elapsedNow();
      tick();
    } else {
      void platform.tones.resume().then((state) => (audioState.value = state));
      reschedule();
    }
    saveCheckpoint();
    updateMedia();
  }

  function togglePause(): void {
    if (clock.value && isPaused(clock.value)) resume();
    else pause();
  }

  function moveTo(targetMs: number, markSkipped: boolean): void {
    const current = timeline.value;
    if (status.value !== 'running' || !current || !clock.value) return;
    const from = positionNow();
    if (markSkipped && from) {
      const to = stepAt(current, targetMs);
      for (let index = from.stepIndex; index < to.stepIndex; index += 1) {
        outcomes.set(index, 'skipped');
      }
    }
    const gateMs = options?.waitForMe ? gateAfter(current, targetMs) : null;
    clock.value = seekClock(clock.value, now(), targetMs, gateMs);
    reschedule(targetMs);
  }

  function skipSide(): void {
    if (timeline.value) moveTo(nextStepStartMs(timeline.value, elapsedNow()), true);
  }

  function skipPoint(): void {
    if (timeline.value) moveTo(nextPointStartMs(timeline.value, elapsedNow()), true);
  }

  /**
   * Moves to any session time (the lock screen's position bar). Forward, the steps jumped over
   * count as skipped; back, the steps from there on are to do again.
   */
  function seekToMs(elapsedMs: number): void {
    const current = timeline.value;
    const from = positionNow();
    if (status.value !== 'running' || !current || !from || !Number.isFinite(elapsedMs)) return;
    const targetMs = Math.min(Math.max(0, Math.round(elapsedMs)), current.totalMs);
    const to = stepAt(current, targetMs).stepIndex;
    if (targetMs < from.elapsedMs) {
      for (const index of [...outcomes.keys()]) if (index >= to) outcomes.delete(index);
      lastStepIndex = to;
      moveTo(targetMs, false);
    } else {
      moveTo(targetMs, true);
    }
  }

  function back(): void {
    if (!timeline.value) return;
    const targetMs = previousStepStartMs(timeline.value, elapsedNow());
    const to = stepAt(timeline.value, targetMs).stepIndex;
    for (const index of [...outcomes.keys()]) if (index >= to) outcomes.delete(index);
    lastStepIndex = to;
    moveTo(targetMs, false);
  }

  /** Ready: the hold starts now (wait-for-me gate, or cutting the transition short). */
  function ready(): void {
    const current = timeline.value;
    const state = clock.value;
    if (status.value !== 'running' || !current || !state) return;
    if (state.gateMs !== null) {
      const gateMs = state.gateMs;
      clock.value = passGate(state, current, now());
      reschedule(gateMs);
      return;
    }
    const position = positionNow();
    const span = position ? current.steps[position.stepIndex] : undefined;
    if (span && position?.segment?.kind === 'prepare') moveTo(span.holdStartMs, false);
  }

  /** The plan with more time on the current step, or null when its hold cannot grow. */
  function planWithMoreTime(): { planOptions: PlanOptions; timeline: Timeline } | null {
    const current = timeline.value;
    const position = positionNow();
    if (status.value !== 'running' || !options || !current || !position || position.isDone) {
      return null;
    }
    if (current.plan.steps[position.stepIndex]?.technique.kind !== 'hold') return null;
    const planOptions = withMoreTime(options.planOptions, position.stepIndex, moreTimeMs);
    try {
      return {
        planOptions,
        timeline: deriveTimeline(
          planSession(options.painSide, planOptions),
          spokenTiming(options.timing, options.cueStyle, locale.value),
        ),
      };
    } catch (error) {
      if (error instanceof PlanError) return null;
      throw error;
    }
  }

  /**
   * More time on this hold: the timeline is derived again with the longer hold, so everything
   * after it moves later; the time already spent and the cues already heard stay as they were.
   * The checkpoint keeps the longer hold, so a resume keeps it too.
   */
  function addTime(): boolean {
    const longer = planWithMoreTime();
    const state = clock.value;
    if (!longer || !options || !state) return false;
    const elapsedMs = elapsedNow();
    options = { ...options, planOptions: longer.planOptions };
    timeline.value = longer.timeline;
    // A wait-for-me gate ahead (the next step's hold) moves with the steps after this one.
    if (state.gateMs !== null && state.gateMs > elapsedMs) {
      clock.value = { ...state, gateMs: gateAfter(longer.timeline, elapsedMs, false) };
    }
    announcement.value = deps.words.moreTimeAdded(moreTimeMs / 1000);
    reschedule(elapsedMs);
    saveCheckpoint();
    return true;
  }

  function isWaiting(): boolean {
    const state = clock.value;
    if (!state) return false;
    return usingTrack
      ? state.gateMs !== null && elapsedNow() >= state.gateMs
      : isWaitingAtGate(state, now());
  }

  function finish(completed: boolean): void {
    if (status.value !== 'running' || !options || !timeline.value) return;
    const activeMs = elapsedNow();
    stopTicker?.();
    stopTicker = null;
    stopAudioWatch?.();
    stopAudioWatch = null;
    stopTrackWatch?.();
    stopTrackWatch = null;
    // Completed, the closing tone plays to its end (it is the track's last sound).
    if (!completed) {
      platform.tones.cancelAll();
      platform.speech.cancel();
      trackGeneration += 1;
      if (usingTrack) platform.track.clear();
    }
    const position = positionNow();
    if (position && !completed) {
      for (let index = 0; index < position.stepIndex; index += 1) {
        if (!outcomes.has(index)) outcomes.set(index, 'done');
      }
    }
    record.value = {
      id,
      startedAtEpochMs,
      endedAtEpochMs: deps.epochNowMs(),
      activeMs,
      painSide: options.painSide,
      holdMs: timeline.value.plan.holdMs,
      isPregnancyMode: options.planOptions.isPregnant === true,
      steps: outcomesList(),
      completed,
      before: options.before,
    };
    status.value = 'done';
    lockScreen.clear();
    platform.lock.release();
    void platform.wakeLock.release();
    wakeLockState.value = 'released';
    void platform.checkpoints.clear().catch(() => {});
  }

  function end(): void {
    finish(false);
  }

  function reset(): void {
    if (status.value === 'running') return;
    status.value = 'idle';
    timeline.value = null;
    clock.value = null;
    record.value = null;
    lastCueText.value = '';
    announcement.value = '';
  }

  /**
   * On the set-up screen's gestures: start the audio clock early, so Start is instant. Only for
   * 'over-music' playback: the lock-screen track plays through the media element, and an audio
   * context made for nothing would hold the device's audio (and, on iOS, its audio session).
   */
  function warmUpAudio(playback: Playback): void {
    if (playback !== 'over-music' || status.value === 'running') return;
    if (platform.tones.state() !== 'running') {
      void platform.tones.resume().then((state) => (audioState.value = state));
    }
  }

  async function resumeAudio(): Promise<void> {
    if (usingTrack) {
      audioState.value = (await platform.track.play()) ? 'running' : 'suspended';
      return;
    }
    audioState.value = await platform.tones.resume();
  }

  /** Called when the page is hidden: keep a checkpoint of where we are. */
  function onHidden(): void {
    saveCheckpoint();
  }

  return {
    status,
    timeline,
    clock,
    audioState,
    wakeLockState,
    announcement,
    lastCueText,
    lockedElsewhere,
    record,
    resumable,
    isActive: computed(() => status.value === 'running'),
    positionNow,
    elapsedNow,
    isWaiting,
    isPaused: () => clock.value !== null && isPaused(clock.value),
    voiceReady,
    /** The user chose a voice, but no on-device voice speaks this language. */
    isVoiceMissing: () => options?.cueStyle.voice === true && !trackSpeaks() && !voiceReady(),
    cueTrack,
    start,
    resumeFromCheckpoint,
    checkForResumable,
    discardResumable,
    pause,
    resume,
    togglePause,
    /** Moves to `elapsedMs` of session time (Media Session seek). */
    seekTo: seekToMs,
    skipSide,
    skipPoint,
    back,
    ready,
    addTime,
    canAddTime: () => planWithMoreTime() !== null,
    end,
    reset,
    resumeAudio,
    warmUpAudio,
    onHidden,
    tick,
  };
}

export type SessionModel = ReturnType<typeof createSessionModel>;
