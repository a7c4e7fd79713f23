import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildFaceLandmarkerTask,
  canonicalFace,
  faceLandmarkerTask,
  faceMeshAsset,
  modelOutputs,
  withExtraPoints,
} from './face-model.mjs';
import { metadataNames, readNormalisation, metadataBytes } from './hand-model.mjs';
import { canonicalBasis } from '../src/features/turn/core/canonical-face';

const task = buildFaceLandmarkerTask();
const entries = unzipSync(task);

describe('the face landmarker task file', () => {
  it('holds the two networks MediaPipe Tasks looks for', () => {
    expect(Object.keys(entries)).toEqual([
      'face_detector.tflite',
      'face_landmarks_detector.tflite',
    ]);
  });

  it('tells Tasks how each network wants its pixels: [-1, 1] for the detector, [0, 1] for the landmarks', () => {
    const detector = Buffer.from(entries['face_detector.tflite'] ?? []);
    const landmarks = Buffer.from(entries['face_landmarks_detector.tflite'] ?? []);
    expect(metadataNames(detector)).toContain('TFLITE_METADATA');
    expect(readNormalisation(metadataBytes(detector))).toMatchObject({
      mean: [127.5],
      std: [127.5],
    });
    expect(readNormalisation(metadataBytes(landmarks))).toMatchObject({ mean: [0], std: [255] });
  });

  it('lengthens the 468-point output to the 478 points Tasks decodes, the face flag unchanged', () => {
    const original = faceMeshAsset('face_landmark.tflite');
    expect(modelOutputs(original)).toEqual([
      [1, 1, 1, 1404],
      [1, 1, 1, 1],
    ]);
    expect(modelOutputs(Buffer.from(entries['face_landmarks_detector.tflite'] ?? []))).toEqual([
      [1, 1, 1, 1434],
      [1, 1, 1, 1],
    ]);
    // The original model goes last, byte for byte, from a 16-byte boundary (zero bytes may follow).
    const lengthened = withExtraPoints(original, 10, [96, 96, 0]);
    const trailing = (16 - (original.length % 16)) % 16;
    const start = lengthened.length - original.length - trailing;
    expect(start % 16).toBe(0);
    expect(Buffer.compare(lengthened.subarray(start, start + original.length), original)).toBe(0);
  });

  it('refuses what is not TFLite', () => {
    expect(() => withExtraPoints(Buffer.from('not a model at all, no'), 10, [0, 0, 0])).toThrow(
      'not a TFLite model',
    );
  });
});

describe('the canonical face', () => {
  const face = canonicalFace();

  it('has the face mesh’s 468 points and 898 triangles', () => {
    expect(face.vertices).toHaveLength(468);
    expect(face.triangles).toHaveLength(898);
    expect(Math.max(...face.triangles.flat())).toBe(467);
  });

  it('is what the turn test’s core holds (src/features/turn/core/canonical-face.ts)', () => {
    expect(canonicalBasis.map(([id]) => id)).toEqual(face.basis.map((b) => b.id));
    canonicalBasis.forEach(([id, mirror, weight, x, y, z], i) => {
      expect(weight).toBeCloseTo(face.basis[i]!.weight, 4);
      const v = face.vertices[id]!;
      for (let k = 0; k < 3; k++) expect([x, y, z][k]!).toBeCloseTo(v[k]!, 3);
      // Its mirror image: the same point with x negated.
      const m = face.vertices[mirror]!;
      expect(m[0]! + v[0]!).toBe(0);
      expect([m[1], m[2]]).toEqual([v[1], v[2]]);
    });
  });
});

describe('the cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'face-model-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds once, then reads the same bytes back', () => {
    const first = faceLandmarkerTask({ cacheDir: dir });
    const second = faceLandmarkerTask({ cacheDir: dir });
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(Buffer.compare(first.bytes, second.bytes)).toBe(0);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
