// Assembles MediaPipe Tasks' `face_landmarker.task` from the models that the @mediapipe/face_mesh
// npm package (Apache-2.0) ships, as build/hand-model.mjs does for the hands: the turn test needs
// nothing but npm packages.
//
// The package's packed assets hold the short-range face detector and the 468-point face
// landmark network of the legacy Face Mesh solution, without the TFLite metadata that Tasks needs
// to normalise the input image; we add it (detector: pixels to [-1, 1], mean 127.5, std 127.5;
// landmarks: pixels to [0, 1], mean 0, std 255, as the legacy graphs fed them). The canonical face
// mesh (geometry_pipeline_metadata_landmarks.binarypb) is read here too: the turn test fits its
// 3D points to the detected landmarks to find the head's yaw (src/features/turn/core/).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, ByteBuffer } from 'flatbuffers';
import {
  asBytes,
  defaultCacheDir,
  fieldPos,
  normalisationMetadata,
  packageDir,
  storedZip,
  tablesAt,
  withMetadata,
} from './hand-model.mjs';

const faceMeshPackage = '@mediapipe/face_mesh';

/** One file from @mediapipe/face_mesh's packed assets, by the end of its name. */
export function faceMeshAsset(filename) {
  const dir = packageDir(faceMeshPackage);
  const loader = readFileSync(join(dir, 'face_mesh_solution_packed_assets_loader.js'), 'utf8');
  const match = loader.match(/loadPackage\((\{.*?\})\)/s);
  if (!match) throw new Error(`${faceMeshPackage}: packed assets index not found`);
  const file = JSON.parse(match[1]).files.find((f) => f.filename.endsWith(`/${filename}`));
  if (!file) throw new Error(`${faceMeshPackage}: ${filename} not in the packed assets`);
  const data = readFileSync(join(dir, 'face_mesh_solution_packed_assets.data'));
  return data.subarray(file.start, file.end);
}

// ---- 468 landmarks in, the 478 that Tasks reads out ---------------------------------------------
// Tasks' face landmarks graph decodes 478 points (the 468 of the face mesh and 10 of the irises)
// and takes the number of coordinates per point from the tensor's size: 1,404 floats read as 478
// points gives 2 coordinates each, scrambled. So the landmark tensor is lengthened by 10 points,
// one CONCATENATION with a constant appended to the graph: each extra point sits at the middle of
// the 192 × 192 input crop (96, 96, 0), inside the face, so that the crop Tasks tracks from the
// landmarks' bounds is unchanged. The turn test reads only the first 468 points.
// TFLite schema: Model { operator_codes (1), subgraphs (2), description (3), buffers (4),
// metadata_buffer (5), metadata (6), signature_defs (7) }; OperatorCode {
// deprecated_builtin_code: byte (0), version (2), builtin_code: int (3) }; SubGraph { tensors (0),
// inputs (1), outputs (2), operators (3), name (4) }; Tensor { shape (0), type (1), buffer (2),
// name (3) }; Operator { opcode_index (0), inputs (1), outputs (2), builtin_options_type (3),
// builtin_options (4) }; ConcatenationOptions { axis (0), fused_activation_function (1) }.

const CONCATENATION = 2;
const CONCATENATION_OPTIONS = 10;

function intsAt(bb, table, slot) {
  const at = fieldPos(bb, table, slot);
  if (!at) return [];
  const vector = bb.__vector(at);
  return Array.from({ length: bb.__vector_len(at) }, (_, i) => bb.readInt32(vector + 4 * i));
}

function intVector(builder, values) {
  builder.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) builder.addInt32(values[i]);
  return builder.endVector();
}

function offsets(builder, values) {
  builder.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) builder.addOffset(values[i]);
  return builder.endVector();
}

function bytesVector(builder, bytes, alignment) {
  builder.startVector(1, bytes.length, alignment);
  builder.space -= bytes.length;
  builder.bb.bytes().set(bytes, builder.space);
  return builder.endVector();
}

/** Reads a model's landmark output: its tensor index, the other outputs, shapes (for tests). */
export function modelOutputs(model) {
  const bb = new ByteBuffer(asBytes(model));
  const root = bb.readUint32(0);
  const [subgraph] = tablesAt(bb, root, 2);
  const tensors = tablesAt(bb, subgraph, 0);
  return intsAt(bb, subgraph, 2).map((index) => intsAt(bb, tensors[index], 0));
}

/** The model with its first output lengthened by `extraPoints` copies of `point` (x, y, z). */
export function withExtraPoints(model, extraPoints, point) {
  const bb = new ByteBuffer(asBytes(model));
  if (!bb.__has_identifier('TFL3')) throw new Error('not a TFLite model');
  const root = bb.readUint32(0);
  const subgraphs = tablesAt(bb, root, 2);
  if (subgraphs.length !== 1) throw new Error('expected one subgraph');
  const subgraph = subgraphs[0];
  const tensors = tablesAt(bb, subgraph, 0);
  const outputs = intsAt(bb, subgraph, 2);
  const landmarkShape = intsAt(bb, tensors[outputs[0]], 0);
  const last = landmarkShape.length - 1;
  const extra = 3 * extraPoints;
  const buffers = tablesAt(bb, root, 4);
  if (fieldPos(bb, buffers[0], 0)) throw new Error('buffer 0 is not the empty buffer');

  const b = new Builder(model.length + 4096);
  const modelAt = bytesVector(b, model, 16) - 4;
  const old = (pos) => modelAt - pos;
  const oldVector = (table, slot) => {
    const at = fieldPos(bb, table, slot);
    return at ? old(bb.__indirect(at)) : 0;
  };

  const values = new Float32Array(extra);
  for (let i = 0; i < extra; i++) values[i] = point[i % 3];
  const constData = bytesVector(b, new Uint8Array(values.buffer), 16);
  b.startObject(1);
  b.addFieldOffset(0, constData, 0);
  const constBuffer = b.endObject();

  const tensor = (name, shape, buffer) => {
    const nameAt = b.createString(name);
    const shapeAt = intVector(b, shape);
    b.startObject(4);
    b.addFieldOffset(0, shapeAt, 0);
    b.addFieldInt32(2, buffer, -1);
    b.addFieldOffset(3, nameAt, 0);
    return b.endObject();
  };
  const extraShape = landmarkShape.map((d, i) => (i === last ? extra : d));
  const outShape = landmarkShape.map((d, i) => (i === last ? d + extra : d));
  const constTensor = tensor('extra_points', extraShape, buffers.length);
  const outTensor = tensor('landmarks_478', outShape, 0);
  const constIndex = tensors.length;
  const outIndex = tensors.length + 1;

  b.startObject(2);
  b.addFieldInt32(0, last, 0);
  const options = b.endObject();
  const opInputs = intVector(b, [outputs[0], constIndex]);
  const opOutputs = intVector(b, [outIndex]);
  const operatorCodes = tablesAt(bb, root, 1);
  b.startObject(5);
  b.addFieldInt32(0, operatorCodes.length, 0);
  b.addFieldOffset(1, opInputs, 0);
  b.addFieldOffset(2, opOutputs, 0);
  b.addFieldInt8(3, CONCATENATION_OPTIONS, 0);
  b.addFieldOffset(4, options, 0);
  const operator = b.endObject();

  b.startObject(4);
  b.addFieldInt8(0, CONCATENATION, 0);
  // version 1 is the default, written anyway (a default of 0 here makes the builder keep it).
  b.addFieldInt32(2, 1, 0);
  b.addFieldInt32(3, CONCATENATION, 0);
  const operatorCode = b.endObject();

  const newTensors = offsets(b, [...tensors.map(old), constTensor, outTensor]);
  const newOutputs = intVector(b, [outIndex, ...outputs.slice(1)]);
  const newOperators = offsets(b, [...tablesAt(bb, subgraph, 3).map(old), operator]);
  b.startObject(5);
  b.addFieldOffset(0, newTensors, 0);
  b.addFieldOffset(1, oldVector(subgraph, 1), 0);
  b.addFieldOffset(2, newOutputs, 0);
  b.addFieldOffset(3, newOperators, 0);
  if (fieldPos(bb, subgraph, 4)) b.addFieldOffset(4, oldVector(subgraph, 4), 0);
  const newSubgraph = b.endObject();

  const newCodes = offsets(b, [...operatorCodes.map(old), operatorCode]);
  const newSubgraphs = offsets(b, [newSubgraph]);
  const newBuffers = offsets(b, [...buffers.map(old), constBuffer]);
  b.startObject(8);
  const versionAt = fieldPos(bb, root, 0);
  b.addFieldInt32(0, versionAt ? bb.readUint32(versionAt) : 0, -1);
  b.addFieldOffset(1, newCodes, 0);
  b.addFieldOffset(2, newSubgraphs, 0);
  if (fieldPos(bb, root, 3)) b.addFieldOffset(3, oldVector(root, 3), 0);
  b.addFieldOffset(4, newBuffers, 0);
  for (const slot of [5, 6, 7]) {
    if (fieldPos(bb, root, slot)) b.addFieldOffset(slot, oldVector(root, slot), 0);
  }
  b.finish(b.endObject(), 'TFL3');
  const bytes = Buffer.from(b.asUint8Array());
  if ((bytes.length - modelAt) % 16 !== 0) throw new Error('model start not 16-aligned');
  return bytes;
}

/** The `face_landmarker.task` bytes, built now. */
export function buildFaceLandmarkerTask() {
  const detector = faceMeshAsset('face_detection_short_range.tflite');
  // 468 points, lengthened to the 478 that Tasks decodes (the extra 10 at the crop's middle).
  const landmarks = withExtraPoints(faceMeshAsset('face_landmark.tflite'), 10, [96, 96, 0]);
  return storedZip([
    {
      name: 'face_detector.tflite',
      data: withMetadata(detector, normalisationMetadata('face_detection', [127.5], [127.5])),
    },
    {
      name: 'face_landmarks_detector.tflite',
      data: withMetadata(landmarks, normalisationMetadata('face_landmark', [0], [255])),
    },
  ]);
}

// ---- the canonical face mesh (geometry_pipeline_metadata.proto) ---------------------------------
// GeometryPipelineMetadata { input_source (3), procrustes_landmark_basis: [WeightedLandmarkRef
// { landmark_id (1), weight (2) }] (2), canonical_mesh: Mesh3d { vertex_type (1),
// primitive_type (2), vertex_buffer: [float] (3) (x, y, z, u, v per vertex), index_buffer (4) } (1) }

function* protoFields(bytes) {
  let at = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  while (at < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) yield { field, wire, value: varint() };
    else if (wire === 5) {
      yield { field, wire, value: bytes.readFloatLE(at) };
      at += 4;
    } else if (wire === 2) {
      const length = varint();
      yield { field, wire, value: bytes.subarray(at, at + length) };
      at += length;
    } else throw new Error(`unexpected protobuf wire type ${wire}`);
  }
}

function packedVarints(bytes) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const byte of bytes) {
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) {
      values.push(value);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const packedFloats = (bytes) =>
  Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readFloatLE(4 * i));

/** The canonical face mesh's vertices (cm, x right, y up, z toward the camera) and the weights MediaPipe's pose fit gives its landmarks. */
export function canonicalFace() {
  const metadata = Buffer.from(faceMeshAsset('geometry_pipeline_metadata_landmarks.binarypb'));
  const basis = [];
  let vertexBuffer = [];
  const indices = [];
  for (const { field, wire, value } of protoFields(metadata)) {
    if (field === 2 && wire === 2) {
      const ref = { id: 0, weight: 0 };
      for (const f of protoFields(value)) {
        if (f.field === 1) ref.id = f.value;
        if (f.field === 2) ref.weight = f.value;
      }
      basis.push(ref);
    } else if (field === 1 && wire === 2) {
      for (const f of protoFields(value)) {
        if (f.field === 3 && f.wire === 2)
          vertexBuffer = vertexBuffer.concat(packedFloats(f.value));
        else if (f.field === 3 && f.wire === 5) vertexBuffer.push(f.value);
        else if (f.field === 4 && f.wire === 2) indices.push(...packedVarints(f.value));
        else if (f.field === 4 && f.wire === 0) indices.push(f.value);
      }
    }
  }
  const vertices = [];
  for (let i = 0; i + 5 <= vertexBuffer.length; i += 5) vertices.push(vertexBuffer.slice(i, i + 3));
  const triangles = [];
  for (let i = 0; i + 3 <= indices.length; i += 3) triangles.push(indices.slice(i, i + 3));
  return { vertices, basis, triangles };
}

const version = (name) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'))).version;

export function cacheKey() {
  return createHash('sha256')
    .update(
      JSON.stringify(
        [faceMeshPackage, 'flatbuffers', 'fflate'].map((name) => `${name}@${version(name)}`),
      ),
    )
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(fileURLToPath(new URL('./hand-model.mjs', import.meta.url))))
    .digest('hex')
    .slice(0, 16);
}

/** The `face_landmarker.task` bytes, from the cache when the same inputs built it before. */
export function faceLandmarkerTask({ cacheDir = defaultCacheDir } = {}) {
  const file = join(cacheDir, `face_landmarker-${cacheKey()}.task`);
  try {
    return { bytes: readFileSync(file), fromCache: true };
  } catch {
    const bytes = buildFaceLandmarkerTask();
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    return { bytes, fromCache: false };
  }
}
