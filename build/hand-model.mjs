// Assembles MediaPipe Tasks' `hand_landmarker.task` from the models that the @mediapipe/hands npm
// package ships, so that the camera mode needs nothing but npm packages.
//
// Why: @mediapipe/tasks-vision ships the WASM but no model, and its graphs refuse a float model
// without TFLite metadata that says how to normalise the input image. The @mediapipe/hands models
// are the same networks without that metadata. We add a ModelMetadata (NormalizationOptions:
// mean 0, std 255, i.e. pixels scaled to [0, 1] as the legacy graphs did) to each model and pack
// both in the stored (uncompressed) zip that a `.task` file is.
//
// The metadata goes in without rebuilding the model flatbuffer: the original bytes go last, and a
// new root `Model` table, new `buffers` and `metadata` vectors and the metadata bytes are built in
// front of them, pointing forward into them (flatbuffer offsets are relative, so the original part
// stays valid where it is). The official `flatbuffers` package writes and reads the tables;
// `fflate` writes the zip. The result is cached, keyed by the versions of the packages it is made
// from and by this file, so a build does not redo it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, ByteBuffer } from 'flatbuffers';
import { zipSync } from 'fflate';

const require = createRequire(import.meta.url);

/** Where an npm package is installed. */
export function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

// ---- reading a flatbuffer table -----------------------------------------------------------------

/** The absolute position of a table's field `slot`, or 0 when the field is absent. */
export function fieldPos(bb, table, slot) {
  const offset = bb.__offset(table, 4 + 2 * slot);
  return offset ? table + offset : 0;
}

/** The absolute positions of the tables in the vector that field `slot` of `table` points to. */
export function tablesAt(bb, table, slot) {
  const at = fieldPos(bb, table, slot);
  if (!at) return [];
  const vector = bb.__vector(at);
  return Array.from({ length: bb.__vector_len(at) }, (_, i) => bb.__indirect(vector + 4 * i));
}

function stringAt(bb, table, slot) {
  const at = fieldPos(bb, table, slot);
  return at ? bb.__string(at) : null;
}

export const asBytes = (bytes) => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const rootOf = (bb) => bb.readUint32(0);

/** A [ubyte] vector whose data starts on an `alignment`-byte boundary (force_align). */
function alignedByteVector(builder, bytes, alignment) {
  builder.startVector(1, bytes.length, alignment);
  builder.space -= bytes.length;
  builder.bb.bytes().set(bytes, builder.space);
  return builder.endVector();
}

function offsetVector(builder, offsets) {
  builder.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) builder.addOffset(offsets[i]);
  return builder.endVector();
}

function floatVector(builder, values) {
  builder.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) builder.addFloat32(values[i]);
  return builder.endVector();
}

/** One table from [slot, 'offset' | 'u8' | 'u32', value] fields. */
function table(builder, fields) {
  builder.startObject(Math.max(...fields.map(([slot]) => slot)) + 1);
  for (const [slot, kind, value] of fields) {
    if (kind === 'offset') builder.addFieldOffset(slot, value, 0);
    else if (kind === 'u8') builder.addFieldInt8(slot, value, 0);
    else builder.addFieldInt32(slot, value, -1);
  }
  return builder.endObject();
}

// ---- the ModelMetadata table (tensorflow/lite/schema/metadata_schema.fbs) -----------------------

/** ModelMetadata { name, subgraph_metadata: [{ input_tensor_metadata: [{ process_units: [Normalization] }] }] }. */
export function normalisationMetadata(name, mean, std) {
  const b = new Builder(256);
  // NormalizationOptions { mean: [float] (0), std: [float] (1) }
  const options = table(b, [
    [0, 'offset', floatVector(b, mean)],
    [1, 'offset', floatVector(b, std)],
  ]);
  // ProcessUnit { options_type (0): NormalizationOptions = 1, options (1) }
  const unit = table(b, [
    [0, 'u8', 1],
    [1, 'offset', options],
  ]);
  // TensorMetadata { name (0), process_units (4) }
  const tensor = table(b, [
    [0, 'offset', b.createString('image')],
    [4, 'offset', offsetVector(b, [unit])],
  ]);
  // SubGraphMetadata { input_tensor_metadata (2) }
  const subgraph = table(b, [[2, 'offset', offsetVector(b, [tensor])]]);
  // ModelMetadata { name (0), subgraph_metadata (3), min_parser_version (7) }
  const model = table(b, [
    [0, 'offset', b.createString(name)],
    [3, 'offset', offsetVector(b, [subgraph])],
    [7, 'offset', b.createString('1.0.0')],
  ]);
  b.finish(model, 'M001');
  return Buffer.from(b.asUint8Array());
}

/** What normalisationMetadata wrote: { name, mean, std }. */
export function readNormalisation(metadata) {
  const bb = new ByteBuffer(asBytes(metadata));
  if (!bb.__has_identifier('M001')) throw new Error('not a ModelMetadata buffer');
  const [subgraph] = tablesAt(bb, rootOf(bb), 3);
  const [tensor] = tablesAt(bb, subgraph, 2);
  const [unit] = tablesAt(bb, tensor, 4);
  const optionsType = bb.readUint8(fieldPos(bb, unit, 0));
  const options = bb.__indirect(fieldPos(bb, unit, 1));
  const floats = (slot) => {
    const at = fieldPos(bb, options, slot);
    const start = bb.__vector(at);
    return Array.from({ length: bb.__vector_len(at) }, (_, i) => bb.readFloat32(start + 4 * i));
  };
  return {
    name: stringAt(bb, rootOf(bb), 0),
    tensor: stringAt(bb, tensor, 0),
    optionsType,
    mean: floats(0),
    std: floats(1),
  };
}

// ---- the TFLite Model table (tensorflow/lite/schema/schema.fbs) ---------------------------------
// Model { version: uint (0), operator_codes (1), subgraphs (2), description (3), buffers (4),
//         metadata_buffer (5), metadata: [Metadata { name (0), buffer: uint (1) }] (6),
//         signature_defs (7) }; Buffer { data: [ubyte] (force_align: 16) (0), offset (1), size (2) }

/** The names of the model's metadata entries (e.g. min_runtime_version, TFLITE_METADATA). */
export function metadataNames(model) {
  const bb = new ByteBuffer(asBytes(model));
  return tablesAt(bb, rootOf(bb), 6).map((entry) => stringAt(bb, entry, 0));
}

/** The bytes of the buffer that the TFLITE_METADATA entry names, or null. */
export function metadataBytes(model) {
  const bb = new ByteBuffer(asBytes(model));
  const root = rootOf(bb);
  const entry = tablesAt(bb, root, 6).find((e) => stringAt(bb, e, 0) === 'TFLITE_METADATA');
  if (entry === undefined) return null;
  const buffer = tablesAt(bb, root, 4)[bb.readUint32(fieldPos(bb, entry, 1))];
  const data = fieldPos(bb, buffer, 0);
  const start = bb.__vector(data);
  return Buffer.from(model.subarray(start, start + bb.__vector_len(data)));
}

/** The model with a TFLITE_METADATA entry added, its original bytes unchanged behind a new head. */
export function withMetadata(model, metadata) {
  const bb = new ByteBuffer(asBytes(model));
  if (!bb.__has_identifier('TFL3')) throw new Error('not a TFLite model');
  if (metadataNames(model).includes('TFLITE_METADATA')) return model;
  const root = rootOf(bb);
  const oldBuffers = tablesAt(bb, root, 4);
  const oldMetadata = tablesAt(bb, root, 6);
  // Buffers that keep their data outside the flatbuffer (offset, slot 1) count from the file
  // start, which moves: refuse those models rather than break them silently.
  if (oldBuffers.some((buffer) => fieldPos(bb, buffer, 1))) {
    throw new Error('models with external buffers are not supported');
  }

  const b = new Builder(model.length + 1024);
  // The original model goes in first, so it ends the file, its start 16-byte aligned (TFLite
  // aligns buffer data to 16 from the file start; a model whose length is not a multiple of 16
  // is followed by up to 15 zero bytes). Builder offsets count from the end of the buffer, so a
  // table at `pos` in the original bytes is at offset `modelAt - pos`.
  const modelAt = alignedByteVector(b, model, 16) - 4;
  const old = (pos) => modelAt - pos;
  const oldField = (slot) => {
    const at = fieldPos(bb, root, slot);
    return at ? old(bb.__indirect(at)) : 0;
  };

  const data = alignedByteVector(b, metadata, 16);
  const buffer = table(b, [[0, 'offset', data]]);
  const entry = table(b, [
    [0, 'offset', b.createString('TFLITE_METADATA')],
    [1, 'u32', oldBuffers.length],
  ]);
  const buffers = offsetVector(b, [...oldBuffers.map(old), buffer]);
  const entries = offsetVector(b, [...oldMetadata.map(old), entry]);
  const versionAt = fieldPos(bb, root, 0);
  const fields = [
    [0, 'u32', versionAt ? bb.readUint32(versionAt) : 0],
    [4, 'offset', buffers],
    [6, 'offset', entries],
  ];
  for (const slot of [1, 2, 3, 5, 7]) {
    if (fieldPos(bb, root, slot)) fields.push([slot, 'offset', oldField(slot)]);
  }
  b.finish(
    table(
      b,
      fields.sort(([a], [c]) => a - c),
    ),
    'TFL3',
  );
  const bytes = Buffer.from(b.asUint8Array());
  if ((bytes.length - modelAt) % 16 !== 0) throw new Error('model start not 16-aligned');
  return bytes;
}

// ---- the .task file: a zip with stored entries -------------------------------------------------

/** A zip with uncompressed entries, each entry's data aligned to 64 bytes (as zipalign does). */
export function storedZip(entries) {
  const files = {};
  let offset = 0;
  for (const { name, data } of entries) {
    const nameLength = Buffer.byteLength(name);
    // The padding sits in an extra field (id 0xd935, as Android's zipalign uses).
    const pad = (64 - ((offset + 30 + nameLength + 4) % 64)) % 64;
    // 1980-01-01 00:00, the zip format's first day: the same bytes on every build.
    files[name] = [
      asBytes(data),
      { level: 0, mtime: new Date(1980, 0, 1), extra: { 0xd935: new Uint8Array(pad) } },
    ];
    offset += 30 + nameLength + 4 + pad + data.length;
  }
  return Buffer.from(zipSync(files));
}

// ---- the palm detection model sits in the legacy package's packed assets -----------------------

function packedAsset(handsDir, filename) {
  const loader = readFileSync(join(handsDir, 'hands_solution_packed_assets_loader.js'), 'utf8');
  const match = loader.match(/loadPackage\((\{.*?\})\)/s);
  if (!match) throw new Error('@mediapipe/hands: packed assets index not found');
  const index = JSON.parse(match[1]);
  const file = index.files.find((f) => f.filename.endsWith(`/${filename}`));
  if (!file) throw new Error(`@mediapipe/hands: ${filename} not in the packed assets`);
  const data = readFileSync(join(handsDir, 'hands_solution_packed_assets.data'));
  return data.subarray(file.start, file.end);
}

/**
 * Which legacy models go in, chosen by measurement on the fixtures (headless Chromium, CPU,
 * 2 shared cores, bench/hands.mjs): the full models put hands.jpg's landmarks 7 px from the
 * reference on average, the video's 0.6 px; the lite ones 14 px and 7.7 px, for about a quarter
 * less time per frame and 3.8 MB less to download. Accuracy decides: full.
 *
 * hands.jpg's worst landmark is the wrist of the hand on the left of the picture, near the bottom
 * edge: 21.4 px off (dx -18.7, dy 10.3) after one still-image detect, 18.2 px once tracked over
 * three frames as camera mode sees a still hand. Checked and ruled out as causes: the
 * normalisation (mean 0, std 255 is what the legacy graphs feed both models; [-1, 1] finds no
 * palm at all and moves the landmarks further off), the palm detector's anchors, decoding, NMS
 * and rect options (Tasks hard-codes the legacy graph's values), full vs lite (lite: 35.6 px),
 * the confidences (0.2 or 0.8: 22.2 and 21.4 px), image vs video mode, the input type (bitmap,
 * image element, ImageData: identical) and the delegate (GPU: 21.5 px). The same two models run
 * by @mediapipe/hands' own solution in the same Chromium put that wrist 11.9 px from ours after
 * one detect, but agree with ours within 2.5 px once tracked: what differs is Tasks' palm
 * detection step, not anything this file or the worker sets. The fixture's values are from an
 * older MediaPipe hands test (a single earlier landmark model, 15 px); MediaPipe's current test
 * for these full models expects that wrist at (138, 343), 17.7 px from ours, and compares each
 * coordinate on its own (|dx|, |dy| < 20 px), which ours pass with 18.7 px at most.
 */
export const handModelChoice = { palm: 'palm_detection_full', landmark: 'hand_landmark_full' };

/** The two networks, as @mediapipe/hands ships them. */
export function legacyModels(choice = handModelChoice) {
  const handsDir = packageDir('@mediapipe/hands');
  return {
    palm: packedAsset(handsDir, `${choice.palm}.tflite`),
    landmark: readFileSync(join(handsDir, `${choice.landmark}.tflite`)),
  };
}

/** The `hand_landmarker.task` bytes, built now. */
export function buildHandLandmarkerTask(choice = handModelChoice) {
  const { palm, landmark } = legacyModels(choice);
  // Both networks take pixels scaled to [0, 1], as the legacy graphs fed them.
  const scaledToUnit = (model, name) =>
    withMetadata(model, normalisationMetadata(name, [0], [255]));
  return storedZip([
    { name: 'hand_detector.tflite', data: scaledToUnit(palm, 'palm_detection') },
    { name: 'hand_landmarks_detector.tflite', data: scaledToUnit(landmark, 'hand_landmark') },
  ]);
}

const version = (name) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'))).version;

/** What the built file depends on: the input and encoder packages' versions, and this file. */
export function cacheKey(choice = handModelChoice) {
  return createHash('sha256')
    .update(
      JSON.stringify({
        choice,
        versions: ['@mediapipe/hands', 'flatbuffers', 'fflate'].map(
          (name) => `${name}@${version(name)}`,
        ),
      }),
    )
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex')
    .slice(0, 16);
}

export const defaultCacheDir = fileURLToPath(
  new URL('../node_modules/.cache/acupress/', import.meta.url),
);

/**
 * The `hand_landmarker.task` bytes, from the cache when the same inputs built it before.
 * `onBuild` is called when it had to be built (for tests and logs).
 */
export function handLandmarkerTask({ cacheDir = defaultCacheDir, choice = handModelChoice } = {}) {
  const file = join(cacheDir, `hand_landmarker-${cacheKey(choice)}.task`);
  try {
    return { bytes: readFileSync(file), fromCache: true };
  } catch {
    const bytes = buildHandLandmarkerTask(choice);
    mkdirSync(cacheDir, { recursive: true });
    // Written aside, then renamed: two builds at once never read half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    return { bytes, fromCache: false };
  }
}
