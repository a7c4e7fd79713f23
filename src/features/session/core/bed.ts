/**
 * The quiet bed: what the session's media element plays while nothing should sound, at a
 * wait-for-me gate and after the user's Pause. A media element that has ended, or stayed paused,
 * loses its lock-screen controls on iOS within seconds (WebKit bug 261858), so the element keeps
 * playing this instead of stopping: a steady low hum at about -57 dBFS (power), far under any
 * cue (-6 dBFS) and hardly audible through a phone's speaker, yet above the level at which a
 * browser calls a stream silent (Chromium's audio stream monitor: -72 dBFS). After `bedCapMs` a
 * soft end cue plays and the file ends: the session does not hold the device's audio forever.
 */

/** How long the bed plays before the soft end cue: 5 minutes. */
export const bedCapMs = 300_000;
/** The hum's peak, as a fraction of full scale (64 of 32,767: -54 dBFS peak, -57 dBFS power). */
export const bedAmplitude = 64 / 32_767;
/** Low enough to pass unnoticed on a phone's speaker, high enough for any earphone to carry. */
export const bedHz = 165;
/** The hum fades in and out over this long, so that it never clicks. */
export const bedFadeMs = 1500;
/** The soft end cue after the cap: two falling notes, quieter than any session cue. */
export const endCueNotes = [
  { startMs: 0, lengthMs: 420, hz: 587.33, gain: 0.18 },
  { startMs: 480, lengthMs: 700, hz: 392, gain: 0.16 },
] as const;
export const endCueMs = 1200;

/** Samples of a bed `capMs` long followed by the end cue. */
export function bedLength(sampleRate: number, capMs = bedCapMs): number {
  return Math.round(((capMs + endCueMs) * sampleRate) / 1000);
}

/** The bed's sample at `index` (from its start): a sine with a gentle fade at each end. */
export function bedSample(index: number, sampleRate: number, capMs = bedCapMs): number {
  const capSamples = Math.round((capMs * sampleRate) / 1000);
  if (index < 0 || index >= capSamples) return 0;
  const fade = Math.round((bedFadeMs * sampleRate) / 1000);
  const envelope = Math.min(1, index / fade, (capSamples - index) / fade);
  return bedAmplitude * envelope * Math.sin((2 * Math.PI * bedHz * index) / sampleRate);
}

/** The end cue's sample at `index` from its own start. */
export function endCueSample(index: number, sampleRate: number): number {
  const atMs = (index * 1000) / sampleRate;
  let sum = 0;
  for (const note of endCueNotes) {
    const intoMs = atMs - note.startMs;
    if (intoMs < 0 || intoMs >= note.lengthMs) continue;
    // A soft attack (30 ms) and a long release: a bell-like fall, never a click.
    const attack = Math.min(1, intoMs / 30);
    const release = Math.min(1, (note.lengthMs - intoMs) / (note.lengthMs * 0.6));
    sum += note.gain * attack * release * Math.sin((2 * Math.PI * note.hz * intoMs) / 1000);
  }
  return sum;
}

/**
 * Mixes the bed (then the end cue) into 16-bit samples from `first`. Samples past the end of
 * `pcm` are left out; what is already there (a tone fading out) is kept, the bed added to it.
 */
export function mixBed(pcm: Int16Array, first: number, sampleRate: number, capMs = bedCapMs) {
  const capSamples = Math.round((capMs * sampleRate) / 1000);
  const total = bedLength(sampleRate, capMs);
  for (let index = Math.max(0, -first); index < total; index += 1) {
    const at = first + index;
    if (at >= pcm.length) break;
    const sample =
      index < capSamples
        ? bedSample(index, sampleRate, capMs)
        : endCueSample(index - capSamples, sampleRate);
    const mixed = (pcm[at] ?? 0) / 32_767 + sample;
    pcm[at] = Math.round(Math.max(-1, Math.min(1, mixed)) * 32_767);
  }
}

/**
 * The part played after the user's Pause: the bed alone, standing for no session time (the
 * session's clock is paused). It is the same for every pause, so it is rendered once.
 */
export function pauseBedRequest(sampleRate: number) {
  return { fromMs: 0, untilMs: 0, cues: [], sampleRate, bedMs: bedCapMs } as const;
}
