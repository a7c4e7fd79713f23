import { toneSamples } from '../core/tone-shapes';
import type { AudioState, ToneKind, TonePlayer } from '../app/session-ports';

/** What the tests and benchmarks can read: each tone's planned page time and audio time. */
export interface ScheduledTone {
  readonly kind: ToneKind;
  readonly plannedPageMs: number;
  readonly audioTimeSec: number;
  /** Page time that audioTimeSec maps to, at the moment of scheduling. */
  readonly scheduledPageMs: number;
}

type ContextFactory = () => AudioContext;

/**
 * Tones as Web Audio buffers, scheduled ahead on the AudioContext clock. The session addresses
 * tones in page time (performance.now); this adapter maps page time to the audio clock with
 * getOutputTimestamp, so each tone sounds when planned, whatever the page's timers do.
 * Safari's 'interrupted' state and a 'suspended' context are reported, to be resumed on the
 * user's next gesture.
 */
export function createWebAudioTones(
  createContext: ContextFactory | undefined = defaultFactory(),
): TonePlayer & { readonly log: ScheduledTone[]; context(): AudioContext | null } {
  let context: AudioContext | null = null;
  let output: GainNode | null = null;
  const buffers = new Map<ToneKind, AudioBuffer>();
  const pending = new Set<AudioBufferSourceNode>();
  const listeners = new Set<(state: AudioState) => void>();
  const log: ScheduledTone[] = [];

  const state = (): AudioState => {
    if (!createContext) return 'unavailable';
    if (!context) return 'suspended';
    return context.state as AudioState;
  };

  function ensureContext(): AudioContext | null {
    if (context || !createContext) return context;
    try {
      context = createContext();
    } catch {
      return null;
    }
    output = context.createGain();
    output.gain.value = 0.9;
    output.connect(context.destination);
    context.addEventListener('statechange', () => {
      for (const listener of listeners) listener(state());
    });
    return context;
  }

  function bufferFor(kind: ToneKind, audio: AudioContext): AudioBuffer {
    let buffer = buffers.get(kind);
    if (!buffer) {
      const samples = toneSamples(kind, audio.sampleRate);
      buffer = audio.createBuffer(1, samples.length, audio.sampleRate);
      buffer.copyToChannel(samples, 0);
      buffers.set(kind, buffer);
    }
    return buffer;
  }

  /** Audio-clock seconds for a page-clock time. */
  function toAudioTime(audio: AudioContext, pageMs: number): number {
    const stamp = audio.getOutputTimestamp?.();
    if (stamp && stamp.contextTime !== undefined && stamp.performanceTime) {
      return stamp.contextTime + (pageMs - stamp.performanceTime) / 1000;
    }
    return audio.currentTime + (pageMs - performance.now()) / 1000;
  }

  return {
    log,
    context: () => context,
    async resume() {
      const audio = ensureContext();
      if (!audio) return 'unavailable';
      if (audio.state !== 'running') {
        try {
          await audio.resume();
        } catch {
          // Reported through state().
        }
      }
      return state();
    },
    state,
    onStateChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    schedule(kind, atPageMs) {
      const audio = context;
      if (!audio || !output || audio.state === 'closed') return;
      const source = audio.createBufferSource();
      source.buffer = bufferFor(kind, audio);
      source.connect(output);
      const whenSec = Math.max(audio.currentTime, toAudioTime(audio, atPageMs));
      source.start(whenSec);
      pending.add(source);
      source.addEventListener('ended', () => pending.delete(source));
      log.push({ kind, plannedPageMs: atPageMs, audioTimeSec: whenSec, scheduledPageMs: atPageMs });
      if (log.length > 2000) log.splice(0, log.length - 2000);
    },
    cancelAll() {
      for (const source of pending) {
        try {
          source.stop();
        } catch {
          // Already ended.
        }
        source.disconnect();
      }
      pending.clear();
    },
    async close() {
      this.cancelAll();
      await context?.close().catch(() => {});
      context = null;
    },
  };
}

function defaultFactory(): ContextFactory | undefined {
  const Ctor =
    globalThis.AudioContext ??
    (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  return Ctor ? () => new Ctor({ latencyHint: 'interactive' }) : undefined;
}
