// Assembles MediaPipe Tasks' `hand_landmarker.task` from the models that the @mediapipe/hands npm
// package ships, so that the camera mode needs nothing but npm packages.
//
// Why: @mediapipe/tasks-vision ships the WASM but no model, and its graphs refuse a float model
// without TFLite metadata that says how to normalise the input image. The @mediapipe/hands models
// are the same networks without that metadata. We add a ModelMetadata (NormalizationOptions:
// mean 0, std 255, i.e. pixels scaled to [0, 1] as the legacy graphs did) to each model and pack
// both in the stored (uncompressed) zip that a `.task` file is.
//
// The metadata goes in without rebuilding the model flatbuffer: a new root `Model` table, new
// `buffers` and `metadata` vectors and the metadata bytes are written in front of the original
// bytes, and point forward into them (flatbuffer offsets are relative, so the original part stays
// valid where it is).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Where the @mediapipe packages are installed. */
export function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

// ---- a tiny flatbuffer writer for the ModelMetadata table (metadata_schema.fbs) ----------------

class Writer {
  constructor() {
    this.bytes = [];
  }
  get pos() {
    return this.bytes.length;
  }
  align(n) {
    while (this.bytes.length % n) this.bytes.push(0);
  }
  u8(v) {
    this.bytes.push(v & 0xff);
  }
  u16(v) {
    this.u8(v);
    this.u8(v >> 8);
  }
  u32(v) {
    this.u16(v & 0xffff);
    this.u16((v >>> 16) & 0xffff);
  }
  f32(v) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.bytes.push(...b);
  }
  patchU32(at, v) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v >>> 0);
    for (let i = 0; i < 4; i++) this.bytes[at + i] = b[i];
  }
  patchI32(at, v) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    for (let i = 0; i < 4; i++) this.bytes[at + i] = b[i];
  }
  /**
   * Writes a table: a vtable, then the table. `fields` is a list of [slot, kind, value], kind one
   * of 'u8', 'u32', 'ref' (a forward reference filled later with `resolve`). Returns the table
   * position and, for each 'ref' field, the position of its slot.
   */
  table(fields, from) {
    this.align(4);
    const slots = Math.max(0, ...fields.map(([slot]) => slot + 1));
    // layout: soffset, then 4-byte fields (u8 fields padded to 4 for simplicity)
    const vtablePos = this.pos;
    const vtableSize = 4 + 2 * slots;
    const tableSize = 4 + 4 * fields.length;
    this.u16(vtableSize);
    this.u16(tableSize);
    const fieldOffset = new Map(fields.map(([slot], i) => [slot, 4 + 4 * i]));
    for (let slot = 0; slot < slots; slot++) this.u16(fieldOffset.get(slot) ?? 0);
    this.align(4);
    const tablePos = this.pos;
    this.u32(0);
    this.patchI32(tablePos, tablePos - vtablePos);
    if (from !== undefined) this.patchU32(from, tablePos - from);
    const refs = {};
    for (const [, kind, value] of fields) {
      const at = this.pos;
      if (kind === 'u8') this.u32(value);
      else if (kind === 'u32') this.u32(value);
      else {
        this.u32(0);
        refs[value] = at;
      }
    }
    return { tablePos, refs };
  }
  /** Points the uoffset slot at `from` to the current position. */
  resolve(from) {
    this.align(4);
    this.patchU32(from, this.pos - from);
  }
  vectorOfRefs(count) {
    this.align(4);
    this.u32(count);
    const at = [];
    for (let i = 0; i < count; i++) {
      at.push(this.pos);
      this.u32(0);
    }
    return at;
  }
  floats(values) {
    this.align(4);
    this.u32(values.length);
    for (const v of values) this.f32(v);
  }
  string(text) {
    this.align(4);
    const b = Buffer.from(text, 'utf8');
    this.u32(b.length);
    this.bytes.push(...b, 0);
  }
  /** Writes `text` here and points the uoffset slot at `from` to it. */
  stringAt(from, text) {
    this.resolve(from);
    this.string(text);
    this.align(4);
  }
  /** Writes a one-element vector here, pointed to from `from`, and its table (see `table`). */
  onlyTableAt(from, fields) {
    this.resolve(from);
    const [ref] = this.vectorOfRefs(1);
    return this.table(fields, ref);
  }
}

/** ModelMetadata { name, subgraph_metadata: [{ input_tensor_metadata: [{ process_units: [Normalization] }] }] }. */
export function normalisationMetadata(name, mean, std) {
  const w = new Writer();
  w.u32(0); // root offset
  w.bytes.push(...Buffer.from('M001'));
  const model = w.table([
    [0, 'ref', 'name'],
    [3, 'ref', 'subgraphs'],
    [7, 'ref', 'minParser'],
  ]);
  w.patchU32(0, model.tablePos);
  w.stringAt(model.refs.name, name);
  w.stringAt(model.refs.minParser, '1.0.0');
  const subgraph = w.onlyTableAt(model.refs.subgraphs, [[2, 'ref', 'inputs']]);
  const tensor = w.onlyTableAt(subgraph.refs.inputs, [
    [0, 'ref', 'name'],
    [4, 'ref', 'units'],
  ]);
  w.stringAt(tensor.refs.name, 'image');
  // ProcessUnit.options: union, type slot 0 (NormalizationOptions = 1), value slot 1
  const unit = w.onlyTableAt(tensor.refs.units, [
    [0, 'u8', 1],
    [1, 'ref', 'options'],
  ]);
  const options = w.table(
    [
      [0, 'ref', 'mean'],
      [1, 'ref', 'std'],
    ],
    unit.refs.options,
  );
  w.resolve(options.refs.mean);
  w.floats(mean);
  w.resolve(options.refs.std);
  w.floats(std);
  w.align(4);
  return Buffer.from(w.bytes);
}

// ---- reading the TFLite Model table (schema.fbs) ------------------------------------------------

function fieldPos(buf, table, slot) {
  const vtable = table - buf.readInt32LE(table);
  const vtableSize = buf.readUInt16LE(vtable);
  if (4 + 2 * slot >= vtableSize) return 0;
  const offset = buf.readUInt16LE(vtable + 4 + 2 * slot);
  return offset ? table + offset : 0;
}

function deref(buf, at) {
  return at + buf.readUInt32LE(at);
}

function vectorTargets(buf, vectorPos) {
  const count = buf.readUInt32LE(vectorPos);
  const targets = [];
  for (let i = 0; i < count; i++) targets.push(deref(buf, vectorPos + 4 + 4 * i));
  return targets;
}

function readString(buf, at) {
  return buf.toString('utf8', at + 4, at + 4 + buf.readUInt32LE(at));
}

/** The names of the model's metadata entries (e.g. min_runtime_version, TFLITE_METADATA). */
export function metadataNames(model) {
  const root = model.readUInt32LE(0);
  const metadata = fieldPos(model, root, 6);
  if (!metadata) return [];
  return vectorTargets(model, deref(model, metadata)).map((entry) =>
    readString(model, deref(model, fieldPos(model, entry, 0))),
  );
}

/** The model with a TFLITE_METADATA entry added, its original bytes unchanged behind a new head. */
export function withMetadata(model, metadataBytes) {
  if (model.toString('latin1', 4, 8) !== 'TFL3') throw new Error('not a TFLite model');
  if (metadataNames(model).includes('TFLITE_METADATA')) return model;
  const root = model.readUInt32LE(0);
  const oldField = (slot) => {
    const at = fieldPos(model, root, slot);
    return at ? deref(model, at) : 0;
  };
  const version = fieldPos(model, root, 0) ? model.readUInt32LE(fieldPos(model, root, 0)) : 0;
  const oldBuffers = oldField(4) ? vectorTargets(model, oldField(4)) : [];
  const oldMetadata = oldField(6) ? vectorTargets(model, oldField(6)) : [];
  // Buffers that keep their data outside the flatbuffer (offset/size, slot 1) would count from
  // the file start, which moves: refuse those models rather than break them silently.
  for (const b of oldBuffers) {
    if (fieldPos(model, b, 1)) throw new Error('models with external buffers are not supported');
  }

  const w = new Writer();
  const refsToOld = []; // [slotPos, oldAbsolutePos]
  w.u32(0);
  w.bytes.push(...Buffer.from('TFL3'));
  const slots = [0, 1, 2, 3, 4, 5, 6, 7];
  const fields = slots
    .filter((slot) => slot === 0 || slot === 4 || slot === 6 || fieldPos(model, root, slot))
    .map((slot) => (slot === 0 ? [0, 'u32', version] : [slot, 'ref', slot]));
  const head = w.table(fields);
  w.patchU32(0, head.tablePos);
  for (const slot of [1, 2, 3, 5, 7]) {
    if (head.refs[slot] !== undefined) refsToOld.push([head.refs[slot], oldField(slot)]);
  }
  // buffers: the old ones, then ours
  w.resolve(head.refs[4]);
  const bufferRefs = w.vectorOfRefs(oldBuffers.length + 1);
  oldBuffers.forEach((target, i) => refsToOld.push([bufferRefs[i], target]));
  // metadata: the old entries, then ours
  w.resolve(head.refs[6]);
  const metadataRefs = w.vectorOfRefs(oldMetadata.length + 1);
  oldMetadata.forEach((target, i) => refsToOld.push([metadataRefs[i], target]));
  const entry = w.table(
    [
      [0, 'ref', 'name'],
      [1, 'u32', oldBuffers.length],
    ],
    metadataRefs[oldMetadata.length],
  );
  w.stringAt(entry.refs.name, 'TFLITE_METADATA');
  const buffer = w.table([[0, 'ref', 'data']], bufferRefs[oldBuffers.length]);
  // data: [ubyte] (force_align: 16): the bytes start on a 16-byte boundary
  w.align(4);
  while ((w.pos + 4) % 16) w.u32(0);
  w.patchU32(buffer.refs.data, w.pos - buffer.refs.data);
  w.u32(metadataBytes.length);
  w.bytes.push(...metadataBytes);
  w.align(16);
  const shift = w.pos;
  for (const [slotPos, oldTarget] of refsToOld) w.patchU32(slotPos, oldTarget + shift - slotPos);
  return Buffer.concat([Buffer.from(w.bytes), model]);
}

// ---- a stored zip ------------------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip with uncompressed entries, each entry's data aligned to 64 bytes. */
export function storedZip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const headerSize = 30 + nameBytes.length;
    // padding in an extra field (id 0xd935, as Android's zipalign does)
    const pad = (64 - ((offset + headerSize + 4) % 64)) % 64;
    const extra = Buffer.alloc(4 + pad);
    extra.writeUInt16LE(0xd935, 0);
    extra.writeUInt16LE(pad, 2);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(extra.length, 28);
    parts.push(local, nameBytes, extra, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(10, 6);
    entry.writeUInt16LE(0, 8);
    entry.writeUInt16LE(0, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + extra.length + data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralBytes, end]);
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

/** The `hand_landmarker.task` bytes. */
export function buildHandLandmarkerTask(choice = handModelChoice) {
  const handsDir = packageDir('@mediapipe/hands');
  const palm = packedAsset(handsDir, `${choice.palm}.tflite`);
  const landmark = readFileSync(join(handsDir, `${choice.landmark}.tflite`));
  // Both networks take pixels scaled to [0, 1], as the legacy graphs fed them.
  const scaledToUnit = (model, name) =>
    withMetadata(model, normalisationMetadata(name, [0], [255]));
  return storedZip([
    { name: 'hand_detector.tflite', data: scaledToUnit(palm, 'palm_detection') },
    { name: 'hand_landmarks_detector.tflite', data: scaledToUnit(landmark, 'hand_landmark') },
  ]);
}
