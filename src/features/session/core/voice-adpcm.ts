/**
 * IMA ADPCM for the spoken clips: 4 bits a sample, two samples a byte (the first in the low
 * nibble), 16,000 Hz mono. A second of speech is 8,000 bytes.
 *
 * Why this and not Opus or FLAC: decoding is a table look-up and an add per sample, in plain
 * TypeScript, so the track worker needs no WebAssembly (the CSP allows 'wasm-unsafe-eval' only
 * where camera mode needs it) and no new package; every decoder gives the very same samples, so
 * the CI test and the browser test can compute exactly what the track must hold. FLAC of the same
 * speech is about 2.5 times larger; Opus at 24 kbps about 2.7 times smaller, at the price of a
 * WebAssembly decoder (about 100 KB) in the worker.
 *
 * Each clip starts from a known state (predictor 0 and a step index the encoder chose), so any
 * clip of a bank decodes on its own.
 */

const stepTable = [
  7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73,
  80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494,
  544, 598, 658, 724, 796, 876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499,
  2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487,
  12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
] as const;
const indexTable = [-1, -1, -1, -1, 2, 4, 6, 8] as const;
export const adpcmMaxStepIndex = stepTable.length - 1;

const clampIndex = (index: number) => Math.min(adpcmMaxStepIndex, Math.max(0, index));
const clamp16 = (value: number) => Math.min(32767, Math.max(-32768, value));

/** One decoder step: the next predictor from a 4-bit code. */
function step(predictor: number, stepIndex: number, code: number): [number, number] {
  const size = stepTable[stepIndex] ?? 7;
  let diff = size >> 3;
  if (code & 4) diff += size;
  if (code & 2) diff += size >> 1;
  if (code & 1) diff += size >> 2;
  const next = clamp16(code & 8 ? predictor - diff : predictor + diff);
  return [next, clampIndex(stepIndex + (indexTable[code & 7] ?? 0))];
}

export interface AdpcmClip {
  readonly bytes: Uint8Array;
  /** Step index the decoder starts from (the predictor starts at 0). */
  readonly stepIndex: number;
  readonly samples: number;
}

/**
 * Encodes 16-bit samples, starting from `stepIndex`. Each code is the one whose error, added to
 * the best error the next sample could then have, is smallest (a one-sample look-ahead): about
 * 3–4 dB less coding noise than the plain IMA encoder, with the same decoder. On Flite's "Press."
 * the plain coding made an offline recognizer hear "pants"; this one, "press", as from the PCM.
 */
export function encodeAdpcm(samples: Int16Array, stepIndex = 0): AdpcmClip {
  const bytes = new Uint8Array(Math.ceil(samples.length / 2));
  let predictor = 0;
  let index = clampIndex(stepIndex);
  for (let at = 0; at < samples.length; at += 1) {
    const wanted = samples[at] ?? 0;
    const next = samples[at + 1];
    let bestCode = 0;
    let bestError = Infinity;
    for (let code = 0; code < 16; code += 1) {
      const [value, nextIndex] = step(predictor, index, code);
      let error = (wanted - value) ** 2;
      if (error >= bestError) continue;
      if (next !== undefined) {
        let nextError = Infinity;
        for (let second = 0; second < 16 && nextError > 0; second += 1) {
          nextError = Math.min(nextError, (next - step(value, nextIndex, second)[0]) ** 2);
        }
        error += nextError;
      }
      if (error < bestError) {
        bestError = error;
        bestCode = code;
      }
    }
    [predictor, index] = step(predictor, index, bestCode);
    const byte = at >> 1;
    bytes[byte] = (bytes[byte] ?? 0) | (at & 1 ? bestCode << 4 : bestCode);
  }
  return { bytes, stepIndex: clampIndex(stepIndex), samples: samples.length };
}

/** Decodes a clip into 16-bit samples (into `into` from `at` when given). */
export function decodeAdpcm(
  clip: AdpcmClip,
  into: Int16Array = new Int16Array(clip.samples),
  at = 0,
): Int16Array {
  let predictor = 0;
  let index = clampIndex(clip.stepIndex);
  for (let sample = 0; sample < clip.samples; sample += 1) {
    const byte = clip.bytes[sample >> 1] ?? 0;
    const code = sample & 1 ? byte >> 4 : byte & 15;
    [predictor, index] = step(predictor, index, code);
    into[at + sample] = predictor;
  }
  return into;
}
