import { toneSamples } from '../features/session/core/tone-shapes';
import type { AudioState, ToneKind, TonePlayer } from '../features/session/ports';

type ContextFactory = () => AudioContext;

const bufferCache = new WeakMap<BaseAudioContext, Map<ToneKind, AudioBuffer>>();

/** A tone's buffer for this context, made once from core/tone-shapes. */
function toneBuffer(audio: BaseAudioContext, kind: ToneKind): AudioBuffer {
  let buffers = bufferCache.get(audio);
  if (!buffers) bufferCache.set(audio, (buffers = new Map()));
  let buffer = buffers.get(kind);
  if (!buffer) {
    const samples = toneSamples(kind, audio.sampleRate);
    buffer = audio.createBuffer(1, samples.length, audio.sampleRate);
    buffer.copyToChannel(samples, 0);
    buffers.set(kind, buffer);
  }
  return buffer;
}

/** Starts one tone at `whenSec` on the context's clock. */
function startTone(
  audio: BaseAudioContext,
  output: AudioNode,
  kind: ToneKind,
  whenSec: number,
): AudioBufferSourceNode {
  const source = audio.createBufferSource();
  source.buffer = toneBuffer(audio, kind);
  source.connect(output);
  source.start(whenSec);
  return source;
}

/**
 * Tones as Web Audio buffers, scheduled ahead on the AudioContext clock. The session addresses
 * tones in page time (performance.now); this adapter maps page time to the audio clock with
 * getOutputTimestamp, so each tone sounds when planned, whatever the page's timers do.
 * Safari's 'interrupted' state and a 'suspended' context are reported, to be resumed on the
 * user's next gesture.
 */
export function createWebAudioTones(
  createContext: ContextFactory | undefined = defaultFactory(),
): TonePlayer {
  let context: AudioContext | null = null;
  let output: GainNode | null = null;
  /** Tones not yet finished, with what is needed to move them if the clocks slip apart. */
  const pending = new Map<
    AudioBufferSourceNode,
    { kind: ToneKind; atPageMs: number; whenSec: number }
  >();
  const listeners = new Set<(state: AudioState) => void>();

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

  /** Audio-clock seconds for a page-clock time. */
  function toAudioTime(audio: AudioContext, pageMs: number): number {
    const stamp = audio.getOutputTimestamp?.();
    if (stamp && stamp.contextTime !== undefined && stamp.performanceTime) {
      return stamp.contextTime + (pageMs - stamp.performanceTime) / 1000;
    }
    return audio.currentTime + (pageMs - performance.now()) / 1000;
  }

  return {
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
      const whenSec = Math.max(audio.currentTime, toAudioTime(audio, atPageMs));
      const source = startTone(audio, output, kind, whenSec);
      pending.set(source, { kind, atPageMs, whenSec });
      source.addEventListener('ended', () => pending.delete(source));
    },
    realign() {
      // An audio glitch on a busy device moves the audio clock against the page clock; tones
      // already scheduled would then sound early or late. Move those not yet started.
      const audio = context;
      if (!audio || !output || audio.state !== 'running') return;
      for (const [source, tone] of pending) {
        if (tone.whenSec <= audio.currentTime + 0.02) continue;
        const whenSec = Math.max(audio.currentTime, toAudioTime(audio, tone.atPageMs));
        if (Math.abs(whenSec - tone.whenSec) < 0.002) continue;
        source.stop();
        source.disconnect();
        pending.delete(source);
        const moved = startTone(audio, output, tone.kind, whenSec);
        pending.set(moved, { ...tone, whenSec });
        moved.addEventListener('ended', () => pending.delete(moved));
      }
    },
    cancelAll() {
      for (const source of pending.keys()) {
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
