import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { ByteBuffer } from 'flatbuffers';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildHandLandmarkerTask,
  handLandmarkerTask,
  legacyModels,
  metadataBytes,
  metadataNames,
  normalisationMetadata,
  readNormalisation,
  storedZip,
  withMetadata,
} from './hand-model.mjs';

const task = buildHandLandmarkerTask();
const entries = unzipSync(task);
const models = legacyModels();

/** Local file headers of a zip: name and where its data starts. */
function localEntries(zip: Buffer) {
  const found: { name: string; dataAt: number; method: number; crcMatches: boolean }[] = [];
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const dataAt = at + 30 + nameLength + extraLength;
    const data = zip.subarray(dataAt, dataAt + zip.readUInt32LE(at + 18));
    found.push({
      name: zip.toString('utf8', at + 30, at + 30 + nameLength),
      dataAt,
      method: zip.readUInt16LE(at + 8),
      crcMatches: crc32(data) === zip.readUInt32LE(at + 14),
    });
    at = dataAt + data.length;
  }
  return found;
}

/** Where each TFLite buffer's data starts, and the subgraphs' positions, read from the root. */
function layout(model: Uint8Array) {
  const bb = new ByteBuffer(model);
  const root = bb.readUint32(0);
  const vector = (table: number, slot: number) => {
    const offset = bb.__offset(table, 4 + 2 * slot);
    if (!offset) return [];
    const start = bb.__vector(table + offset);
    return Array.from({ length: bb.__vector_len(table + offset) }, (_, i) =>
      bb.__indirect(start + 4 * i),
    );
  };
  const dataStarts = vector(root, 4).flatMap((buffer) => {
    const offset = bb.__offset(buffer, 4);
    return offset && bb.__vector_len(buffer + offset) > 0 ? [bb.__vector(buffer + offset)] : [];
  });
  return { dataStarts, subgraphs: vector(root, 2) };
}

describe('the hand landmarker task file', () => {
  it('holds the two networks MediaPipe Tasks looks for, stored uncompressed', () => {
    expect(Object.keys(entries)).toEqual([
      'hand_detector.tflite',
      'hand_landmarks_detector.tflite',
    ]);
    expect(localEntries(task).map((entry) => [entry.name, entry.method, entry.crcMatches])).toEqual(
      [
        ['hand_detector.tflite', 0, true],
        ['hand_landmarks_detector.tflite', 0, true],
      ],
    );
  });

  it("starts each entry's data on a 64-byte boundary", () => {
    for (const entry of localEntries(task)) expect(entry.dataAt % 64).toBe(0);
  });

  it('keeps each original model, byte for byte, behind a new head', () => {
    for (const [name, original] of [
      ['hand_detector.tflite', models.palm],
      ['hand_landmarks_detector.tflite', models.landmark],
    ] as const) {
      const model = Buffer.from(entries[name] ?? []);
      const headBytes = model.length - original.length;
      expect(headBytes).toBeGreaterThan(0);
      expect(headBytes % 16).toBe(0);
      expect(Buffer.compare(model.subarray(headBytes), original)).toBe(0);
      // The new root points at the same subgraphs, and every buffer's data stays 16-aligned.
      const before = layout(original);
      const after = layout(model);
      expect(after.subgraphs).toEqual(before.subgraphs.map((at) => at + headBytes));
      expect(after.dataStarts.filter((at) => at % 16 !== 0)).toEqual([]);
      expect(after.dataStarts.length).toBe(before.dataStarts.length + 1);
    }
  });

  it('adds metadata that scales pixels to [0, 1] to each network, and keeps the old entries', () => {
    for (const [name, original, metadataName] of [
      ['hand_detector.tflite', models.palm, 'palm_detection'],
      ['hand_landmarks_detector.tflite', models.landmark, 'hand_landmark'],
    ] as const) {
      const model = Buffer.from(entries[name] ?? []);
      expect(metadataNames(model)).toEqual([...metadataNames(original), 'TFLITE_METADATA']);
      expect(readNormalisation(metadataBytes(model))).toEqual({
        name: metadataName,
        tensor: 'image',
        optionsType: 1,
        mean: [0],
        std: [255],
      });
    }
  });

  it('keeps the original part 16-byte aligned whatever its length', () => {
    for (const extra of [1, 3, 7]) {
      const original = Buffer.concat([models.palm, Buffer.alloc(extra)]);
      const model = withMetadata(original, normalisationMetadata('palm_detection', [0], [255]));
      // Zero bytes after the model fill its last 16 bytes; flatbuffer readers ignore them.
      const trailing = (16 - (original.length % 16)) % 16;
      const headBytes = model.length - original.length - trailing;
      expect(headBytes % 16).toBe(0);
      expect(model.subarray(model.length - trailing).every((byte: number) => byte === 0)).toBe(
        true,
      );
      expect(Buffer.compare(model.subarray(headBytes, headBytes + original.length), original)).toBe(
        0,
      );
      expect(metadataNames(model)).toContain('TFLITE_METADATA');
      expect(layout(model).dataStarts.filter((at) => at % 16 !== 0)).toEqual([]);
    }
  });

  it('leaves a model that already has metadata as it is, and refuses what is not TFLite', () => {
    const once = withMetadata(models.palm, normalisationMetadata('palm_detection', [0], [255]));
    expect(withMetadata(once, normalisationMetadata('other', [1], [2]))).toBe(once);
    expect(() => withMetadata(Buffer.from('not a model at all'), Buffer.alloc(0))).toThrow(
      'not a TFLite model',
    );
  });

  it('is the same bytes on every build', () => {
    expect(Buffer.compare(buildHandLandmarkerTask(), task)).toBe(0);
  });
});

describe('storedZip', () => {
  it('reads back every entry as written, with a correct CRC', () => {
    const data = [Buffer.from('hello'), Buffer.alloc(1000, 7)];
    const zip = storedZip([
      { name: 'a.bin', data: data[0] },
      { name: 'b/c.bin', data: data[1] },
    ]);
    // unzipSync checks nothing, so the CRC is compared with the one zlib computes.
    const read = unzipSync(zip);
    expect(Buffer.from(read['a.bin'] ?? [])).toEqual(data[0]);
    expect(Buffer.from(read['b/c.bin'] ?? [])).toEqual(data[1]);
    for (const entry of localEntries(zip)) {
      expect(entry.dataAt % 64).toBe(0);
      expect(entry.crcMatches).toBe(true);
    }
  });
});

describe('the cache', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'acupress-hand-model-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('builds once, then serves the same bytes from the cache', () => {
    const first = handLandmarkerTask({ cacheDir });
    const second = handLandmarkerTask({ cacheDir });
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(Buffer.compare(second.bytes, first.bytes)).toBe(0);
    expect(Buffer.compare(first.bytes, task)).toBe(0);
    expect(readdirSync(cacheDir)).toEqual([
      expect.stringMatching(/^hand_landmarker-\w{16}\.task$/),
    ]);
  });
});
