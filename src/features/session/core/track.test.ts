import { describe, expect, it } from 'vitest';
import { planSession, withMoreTime } from './planner';
import { deriveTimeline, nextStepStartMs, previousStepStartMs } from './timeline';
import { toneSamples, type ToneName } from './tone-shapes';
import { bedCapMs, bedLength, bedSample, endCueSample } from './bed';
import {
  decodeWav,
  isRateEnoughForTones,
  onsetSample,
  renderTrackWav,
  toPcm16,
  trackRequest,
  trackSampleRate,
  type TrackRequest,
} from './track';

const everything = { tones: true, breathSound: true };
const rate = trackSampleRate;
const shapes = new Map<ToneName, Float32Array>();
const shape = (kind: ToneName) => {
  let samples = shapes.get(kind);
  if (!samples) shapes.set(kind, (samples = toneSamples(kind, rate)));
  return samples;
};

/**
 * What the track must contain, computed here from the cue times alone: each cue's tone added
 * from the sample its time rounds to; everything else exactly zero.
 */
function expectedTrack(request: TrackRequest, length: number): Float64Array {
  const expected = new Float64Array(length);
  for (const cue of request.cues) {
    const onset = Math.round(((cue.atMs - request.fromMs) / 1000) * rate);
    shape(cue.kind).forEach((value, index) => {
      if (onset + index < length) expected[onset + index] = (expected[onset + index] ?? 0) + value;
    });
  }
  if (request.bedMs) {
    const first = Math.round(((request.untilMs - request.fromMs) / 1000) * rate);
    const capSamples = Math.round((request.bedMs * rate) / 1000);
    for (let index = 0; first + index < length; index += 1) {
      const bed =
        index < capSamples
          ? bedSample(index, rate, request.bedMs)
          : endCueSample(index - capSamples, rate);
      expected[first + index] = (expected[first + index] ?? 0) + bed;
    }
  }
  return expected;
}

/** Checks the decoded track sample by sample against `expectedTrack`. */
function checkTrack(request: TrackRequest) {
  const { samples, sampleRate } = decodeWav(renderTrackWav(request));
  expect(sampleRate).toBe(rate);
  const expected = expectedTrack(request, samples.length);
  let silent = 0;
  for (let index = 0; index < samples.length; index += 1) {
    const want = expected[index] ?? 0;
    // Overlapping tones are summed into 16 bits one after another: at most 1 step of rounding.
    if (Math.abs((samples[index] ?? 0) - toPcm16(want)) > 1) {
      throw new Error(`sample ${index}: ${samples[index]} instead of ${toPcm16(want)}`);
    }
    if (want === 0) {
      silent += 1;
      if (samples[index] !== 0) throw new Error(`sample ${index} should be silent`);
    }
  }
  return { samples, silent };
}

/** Where each cue's sound starts in the decoded track: its first non-zero sample, minus one. */
function heardOnset(samples: Int16Array, fromSample: number): number {
  let index = Math.max(0, fromSample);
  while (index < samples.length && samples[index] === 0) index += 1;
  // Every tone's first sample is zero (its attack starts from nothing); the second is not.
  return index - 1;
}

function isolatedCues(request: TrackRequest) {
  // A cue whose start is not inside an earlier tone can be found in the track by itself.
  let soundUntil = -1;
  let lastAtMs = -1;
  return request.cues.filter((cue) => {
    const onset = onsetSample(cue.atMs, request.fromMs, rate);
    const isolated = cue.atMs !== lastAtMs && onset > soundUntil;
    soundUntil = Math.max(soundUntil, onset + shape(cue.kind).length);
    lastAtMs = cue.atMs;
    return isolated;
  });
}

describe('the session track', () => {
  it('keeps every tone well under the Nyquist limit at its sample rate', () => {
    expect(isRateEnoughForTones(trackSampleRate)).toBe(true);
    expect(isRateEnoughForTones(4000)).toBe(false);
  });

  it('places every cue of a full plan on its own sample, with silence in between', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const request = trackRequest(timeline, 0, null, everything);
    expect(request.cues).toHaveLength(timeline.cues.length);
    const { samples, silent } = checkTrack(request);
    // Onset by onset: the sound starts exactly on round(atMs × rate / 1000).
    const isolated = isolatedCues(request);
    expect(isolated.length).toBeGreaterThan(timeline.cues.length / 2);
    for (const cue of isolated) {
      const planned = onsetSample(cue.atMs, 0, rate);
      expect(heardOnset(samples, planned - 50), `${cue.kind} at ${cue.atMs} ms`).toBe(planned);
    }
    expect(samples.length).toBeGreaterThanOrEqual(onsetSample(timeline.totalMs, 0, rate));
    // Most of a session is quiet: silence is true digital silence, not noise.
    expect(silent / samples.length).toBeGreaterThan(0.5);
  });

  it('plays Fengchi’s ten presses per side on their 3 s / 1 s rhythm', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const request = trackRequest(timeline, 0, null, { tones: true, breathSound: false });
    const { samples } = checkTrack(request);
    const presses = request.cues.filter((cue) => cue.kind === 'press');
    expect(presses).toHaveLength(20);
    for (const press of presses.slice(1)) {
      // 'start' and the first press share a time; later presses stand alone.
      const planned = onsetSample(press.atMs, 0, rate);
      expect(heardOnset(samples, planned - 100)).toBe(planned);
    }
  });

  it('leaves out the breathing sound or the tones when they are off', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const noBreath = trackRequest(timeline, 0, null, { tones: true, breathSound: false });
    expect(noBreath.cues.some((cue) => cue.kind.startsWith('breathe'))).toBe(false);
    const onlyBreath = trackRequest(timeline, 0, null, { tones: false, breathSound: true });
    expect(onlyBreath.cues.every((cue) => cue.kind.startsWith('breathe'))).toBe(true);
    checkTrack(onlyBreath);
  });

  it('stops its cues at a wait-for-me gate, then plays the quiet bed and the end cue', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const gateMs = timeline.steps[1]?.holdStartMs ?? 0;
    const request = trackRequest(timeline, timeline.steps[1]?.startMs ?? 0, gateMs, everything);
    expect(request.untilMs).toBe(gateMs);
    expect(request.cues.every((cue) => cue.atMs < gateMs)).toBe(true);
    // Only the step's "get ready" (next point or switch side) sounds before the gate.
    expect(request.cues.map((cue) => cue.atMs)).toEqual([request.fromMs]);
    // Past the gate the element keeps playing: the bed for 5 minutes, then the soft end cue.
    expect(request.bedMs).toBe(bedCapMs);
    const { samples } = checkTrack(request);
    expect(samples.length).toBe(onsetSample(gateMs, request.fromMs, rate) + bedLength(rate));
  });

  it('ends with the closing tone played to its end', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const fromMs = timeline.totalMs - 5000;
    const request = trackRequest(timeline, fromMs, null, everything);
    expect(request.cues.at(-1)).toEqual({ atMs: timeline.totalMs, kind: 'done' });
    const { samples } = checkTrack(request);
    const doneOnset = onsetSample(timeline.totalMs, fromMs, rate);
    expect(samples.length).toBe(doneOnset + shape('done').length);
  });

  it('after a pause, starts again on the paused position, every later cue where it was', () => {
    const timeline = deriveTimeline(planSession('right', { holdMs: 60_000 }));
    const pausedAtMs = 23_456;
    const request = trackRequest(timeline, pausedAtMs, null, everything);
    expect(request.cues[0]?.atMs).toBeGreaterThanOrEqual(pausedAtMs);
    expect(request.cues.length).toBe(timeline.cues.filter((c) => c.atMs >= pausedAtMs).length);
    const { samples } = checkTrack(request);
    for (const cue of isolatedCues(request)) {
      const planned = onsetSample(cue.atMs, pausedAtMs, rate);
      expect(heardOnset(samples, planned - 50)).toBe(planned);
    }
  });

  it('after skip and back, lands every later cue where the timeline says', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const skippedTo = nextStepStartMs(timeline, 12_000);
    const backTo = previousStepStartMs(timeline, skippedTo + 15_000);
    for (const fromMs of [skippedTo, backTo]) {
      const request = trackRequest(timeline, fromMs, null, everything);
      expect(request.cues[0]?.atMs).toBe(fromMs);
      const { samples } = checkTrack(request);
      expect(heardOnset(samples, 0)).toBe(0);
      for (const cue of isolatedCues(request)) {
        const planned = onsetSample(cue.atMs, fromMs, rate);
        expect(heardOnset(samples, planned - 50)).toBe(planned);
      }
    }
  });

  it('after more time, moves every later cue by the time added', () => {
    const before = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const after = deriveTimeline(planSession('left', withMoreTime({ holdMs: 30_000 }, 0, 30_000)));
    const nowMs = 25_000;
    const request = trackRequest(after, nowMs, null, everything);
    checkTrack(request);
    const holdEndMs = before.steps[0]?.endMs ?? 0;
    const laterBefore = before.cues.filter((cue) => cue.atMs >= holdEndMs);
    const laterAfter = request.cues.filter((cue) => cue.atMs >= holdEndMs + 30_000);
    expect(laterAfter.map((cue) => cue.atMs - 30_000)).toEqual(laterBefore.map((c) => c.atMs));
    expect(laterAfter.map((cue) => cue.kind)).toEqual(laterBefore.map((c) => c.kind));
  });

  it('writes a valid mono 16-bit WAV header', () => {
    const bytes = renderTrackWav({ fromMs: 0, untilMs: 1000, cues: [], sampleRate: rate });
    const view = new DataView(bytes.buffer);
    expect(bytes.length).toBe(44 + rate * 2);
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(28, true)).toBe(rate * 2);
    expect(view.getUint16(34, true)).toBe(16);
    expect(decodeWav(bytes).samples.every((sample) => sample === 0)).toBe(true);
  });
});
