/**
 * A FLAC writer for the session's track: mono, 16-bit, fixed-size blocks, lossless.
 *
 * Why FLAC: the track is mostly silence between short tones, and a media element reads a Blob
 * a few megabytes ahead of what it plays (Chromium's media buffer keeps 2 MB or more ahead;
 * reading further needs the page's main thread). As WAV a minute is 1.32 MB, so a page whose
 * main thread is busy for more than about two minutes runs out; as FLAC silence costs almost
 * nothing and a minute of session is about 0.1 MB. Every browser we target plays FLAC in a media
 * element (MDN "Web audio codec guide": FLAC in Chrome 56, Edge 16, Firefox 51, Safari 11 and
 * iOS Safari 11), and the platform falls back to WAV where it says it cannot.
 *
 * Only what the format needs for this sound is written (FLAC format, RFC 9639):
 * - a STREAMINFO block (no MD5, which the format allows);
 * - a CONSTANT subframe for a silent block;
 * - otherwise the smallest of a VERBATIM subframe and a FIXED predictor of order 0 to 4 with its
 *   residual Rice-coded in up to 16 partitions.
 * The frames keep to the format's streamable subset, so any decoder plays them.
 */

export const flacBlockSize = 4096;
const bitsPerSample = 16;

/** Writes bits most significant first into a growing byte buffer. */
class BitWriter {
  bytes: Uint8Array<ArrayBuffer>;
  length = 0;
  private accumulator = 0;
  private pending = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }

  /** Makes room for `count` more bytes, so that the writes after it need no check. */
  reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Writes the low `count` bits of `value` (count ≤ 24), into room already reserved. */
  write(value: number, count: number): void {
    let pending = this.pending + count;
    const accumulator = (this.accumulator << count) | (value & ((1 << count) - 1));
    while (pending >= 8) {
      pending -= 8;
      this.bytes[this.length++] = accumulator >>> pending;
    }
    this.pending = pending;
    this.accumulator = accumulator & ((1 << pending) - 1);
  }

  /** Writes `count` zero bits and a one: the unary code of `count`. */
  unary(count: number): void {
    let zeros = count;
    while (zeros >= 16) {
      this.write(0, 16);
      zeros -= 16;
    }
    this.write(1, zeros + 1);
  }

  /** Writes `values[from..to)` Rice-coded with `parameter`: each quotient in unary, then its low bits. */
  rice(values: Uint32Array, from: number, to: number, parameter: number): void {
    const low = (1 << parameter) - 1;
    for (let index = from; index < to; index += 1) {
      const value = values[index] ?? 0;
      const quotient = value >>> parameter;
      if (quotient + 1 + parameter <= 24) {
        // The unary one bit, then the low bits, in one write.
        this.write((1 << parameter) | (value & low), quotient + 1 + parameter);
      } else {
        this.unary(quotient);
        if (parameter > 0) this.write(value & low, parameter);
      }
    }
  }

  /** Pads with zero bits up to the next byte. */
  align(): void {
    if (this.pending > 0) this.write(0, 8 - this.pending);
  }
}

function crcTable(polynomial: number, width: 8 | 16): Uint16Array {
  const top = 1 << (width - 1);
  const mask = (1 << width) - 1;
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte += 1) {
    let crc = byte << (width - 8);
    for (let bit = 0; bit < 8; bit += 1)
      crc = (crc & top ? (crc << 1) ^ polynomial : crc << 1) & mask;
    table[byte] = crc;
  }
  return table;
}

const crc8Table = crcTable(0x07, 8);
const crc16Table = crcTable(0x8005, 16);

/** FLAC's CRC-8 (x^8 + x^2 + x + 1) of the frame header. */
export function crc8(bytes: Uint8Array, from: number, to: number): number {
  let crc = 0;
  for (let index = from; index < to; index += 1) crc = crc8Table[crc ^ (bytes[index] ?? 0)] ?? 0;
  return crc;
}

/** FLAC's CRC-16 (x^16 + x^15 + x^2 + 1) of a whole frame. */
export function crc16(bytes: Uint8Array, from: number, to: number): number {
  let crc = 0;
  for (let index = from; index < to; index += 1) {
    crc = ((crc << 8) & 0xffff) ^ (crc16Table[(crc >> 8) ^ (bytes[index] ?? 0)] ?? 0);
  }
  return crc;
}

/** The frame header's codes for the sample rates it names. */
const sampleRateCodes: Readonly<Record<number, number>> = {
  88_200: 1,
  176_400: 2,
  192_000: 3,
  8_000: 4,
  16_000: 5,
  22_050: 6,
  24_000: 7,
  32_000: 8,
  44_100: 9,
  48_000: 10,
  96_000: 11,
};

/** The sample-rate bits of a frame header, and the value written after it when it needs one. */
function sampleRateCode(sampleRate: number): { code: number; extra?: [number, number] } {
  const code = sampleRateCodes[sampleRate];
  if (code !== undefined) return { code };
  if (sampleRate % 1000 === 0 && sampleRate / 1000 < 256) {
    return { code: 12, extra: [sampleRate / 1000, 8] };
  }
  if (sampleRate < 65_536) return { code: 13, extra: [sampleRate, 16] };
  return { code: 14, extra: [sampleRate / 10, 16] };
}

/** The frame number in FLAC's UTF-8-like coding. */
function writeFrameNumber(writer: BitWriter, value: number): void {
  if (value < 0x80) {
    writer.write(value, 8);
    return;
  }
  let continuation = 1;
  while (value >= 2 ** (5 * continuation + 6)) continuation += 1;
  const lead = (0xff00 >> (continuation + 1)) & 0xff;
  writer.write(lead | (value >>> (6 * continuation)), 8);
  for (let index = continuation - 1; index >= 0; index -= 1) {
    writer.write(0x80 | ((value >>> (6 * index)) & 0x3f), 8);
  }
}

const maxRiceParameter = 14;
const maxPartitionOrder = 4;

/**
 * The fixed predictor order (0 to 4) whose residual is smallest in magnitude, found the way
 * libFLAC does: each order's residual is the difference of the order below it.
 */
function bestFixedOrder(block: Int16Array): number {
  if (block.length <= 4) return 0;
  let last0 = block[3] ?? 0;
  let last1 = last0 - (block[2] ?? 0);
  let last2 = last1 - ((block[2] ?? 0) - (block[1] ?? 0));
  let last3 = last2 - ((block[2] ?? 0) - 2 * (block[1] ?? 0) + (block[0] ?? 0));
  let total0 = 0;
  let total1 = 0;
  let total2 = 0;
  let total3 = 0;
  let total4 = 0;
  for (let index = 4; index < block.length; index += 1) {
    const e0 = block[index] ?? 0;
    const e1 = e0 - last0;
    const e2 = e1 - last1;
    const e3 = e2 - last2;
    const e4 = e3 - last3;
    last0 = e0;
    last1 = e1;
    last2 = e2;
    last3 = e3;
    total0 += Math.abs(e0);
    total1 += Math.abs(e1);
    total2 += Math.abs(e2);
    total3 += Math.abs(e3);
    total4 += Math.abs(e4);
  }
  const totals = [total0, total1, total2, total3, total4];
  let order = 0;
  for (let candidate = 1; candidate <= 4; candidate += 1) {
    if ((totals[candidate] ?? 0) < (totals[order] ?? 0)) order = candidate;
  }
  return order;
}

/** Folds the residual of the fixed predictor of `order` into `folded` (2r, or -2r - 1). */
function foldResidual(block: Int16Array, order: number, folded: Uint32Array): void {
  for (let index = order; index < block.length; index += 1) {
    const x0 = block[index] ?? 0;
    let residual = x0;
    if (order > 0) {
      const x1 = block[index - 1] ?? 0;
      if (order === 1) residual = x0 - x1;
      else {
        const x2 = block[index - 2] ?? 0;
        if (order === 2) residual = x0 - 2 * x1 + x2;
        else {
          const x3 = block[index - 3] ?? 0;
          if (order === 3) residual = x0 - 3 * x1 + 3 * x2 - x3;
          else residual = x0 - 4 * x1 + 6 * x2 - 4 * x3 + (block[index - 4] ?? 0);
        }
      }
    }
    folded[index] = residual >= 0 ? residual * 2 : -residual * 2 - 1;
  }
}

/**
 * The Rice parameter for `count` values that sum to `sum`, and the bits it takes, estimated as
 * libFLAC does (each value costs parameter + 1 bits plus its quotient).
 */
function riceFor(sum: number, count: number): { parameter: number; bits: number } {
  if (count === 0) return { parameter: 0, bits: 0 };
  const mean = sum / count;
  let best = { parameter: 0, bits: Infinity };
  const near = mean < 1 ? 0 : Math.floor(Math.log2(mean));
  for (let parameter = near - 1; parameter <= near + 1; parameter += 1) {
    if (parameter < 0 || parameter > maxRiceParameter) continue;
    const bits = count * (parameter + 1) + Math.floor(sum / 2 ** parameter);
    if (bits < best.bits) best = { parameter, bits };
  }
  return best;
}

/**
 * Writes the block as a FIXED subframe when that beats VERBATIM's `verbatimBits`; returns false,
 * having written nothing, when it does not.
 */
function writeFixedSubframe(
  writer: BitWriter,
  block: Int16Array,
  folded: Uint32Array,
  verbatimBits: number,
): boolean {
  const size = block.length;
  const order = bestFixedOrder(block);
  if (size <= order) return false;
  foldResidual(block, order, folded);
  // The sums of the finest partitions, merged pairwise for each coarser partition order.
  let finest = 0;
  while (
    finest < maxPartitionOrder &&
    size % (1 << (finest + 1)) === 0 &&
    size >> (finest + 1) > order
  ) {
    finest += 1;
  }
  let sums = new Float64Array(1 << finest);
  const finestSize = size >> finest;
  for (let index = order; index < size; index += 1) {
    const part = Math.floor(index / finestSize);
    sums[part] = (sums[part] ?? 0) + (folded[index] ?? 0);
  }
  let best = { bits: Infinity, partitionOrder: 0, parameters: [0] };
  for (let partitionOrder = finest; partitionOrder >= 0; partitionOrder -= 1) {
    const partSize = size >> partitionOrder;
    let bits = 0;
    const parameters: number[] = [];
    sums.forEach((sum, part) => {
      const rice = riceFor(sum, part === 0 ? partSize - order : partSize);
      bits += 4 + rice.bits;
      parameters.push(rice.parameter);
    });
    if (bits < best.bits) best = { bits, partitionOrder, parameters };
    const coarser = new Float64Array(sums.length >> 1);
    for (let part = 0; part < coarser.length; part += 1) {
      coarser[part] = (sums[2 * part] ?? 0) + (sums[2 * part + 1] ?? 0);
    }
    sums = coarser;
  }
  const fixedBits = 8 + order * bitsPerSample + 6 + best.bits;
  if (fixedBits >= verbatimBits) return false;
  writer.write(0b0_001000 | order, 7);
  writer.write(0, 1);
  for (let index = 0; index < order; index += 1) writer.write(block[index] ?? 0, bitsPerSample);
  writer.write(0, 2); // Rice coding with 4-bit parameters
  writer.write(best.partitionOrder, 4);
  const partSize = size >> best.partitionOrder;
  best.parameters.forEach((parameter, part) => {
    writer.write(parameter, 4);
    writer.rice(folded, part === 0 ? order : part * partSize, (part + 1) * partSize, parameter);
  });
  return true;
}

function writeSubframe(writer: BitWriter, block: Int16Array, folded: Uint32Array): void {
  const first = block[0] ?? 0;
  let isConstant = true;
  for (let index = 1; index < block.length && isConstant; index += 1) {
    isConstant = block[index] === first;
  }
  if (isConstant) {
    writer.write(0b0_000000, 7); // CONSTANT
    writer.write(0, 1);
    writer.write(first, bitsPerSample);
    return;
  }
  const verbatimBits = 8 + block.length * bitsPerSample;
  if (writeFixedSubframe(writer, block, folded, verbatimBits)) return;
  writer.write(0b0_000001, 7); // VERBATIM
  writer.write(0, 1);
  for (const sample of block) writer.write(sample, bitsPerSample);
}

function writeStreamInfo(writer: BitWriter, length: number, sampleRate: number): void {
  writer.write(0x664c6143 >>> 16, 16); // "fLaC"
  writer.write(0x664c6143 & 0xffff, 16);
  writer.write(0x80, 8); // last metadata block, type 0 (STREAMINFO)
  writer.write(34, 24);
  // Every block but the last is one size (a single block is its own size).
  const blockSize = length <= flacBlockSize ? Math.max(16, length) : flacBlockSize;
  writer.write(blockSize, 16); // smallest block
  writer.write(blockSize, 16); // largest block
  writer.write(0, 24); // smallest frame: not known
  writer.write(0, 24); // largest frame: not known
  writer.write(sampleRate >>> 4, 16);
  writer.write(sampleRate & 0xf, 4);
  writer.write(0, 3); // one channel
  writer.write(bitsPerSample - 1, 5);
  writer.write(Math.floor(length / 2 ** 32) & 0xf, 4);
  writer.write(length >>> 16, 16);
  writer.write(length & 0xffff, 16);
  for (let index = 0; index < 4; index += 1) writer.write(0, 16); // no MD5
  for (let index = 0; index < 4; index += 1) writer.write(0, 16);
}

/** The samples as a FLAC file's bytes. */
export function encodeFlac(samples: Int16Array, sampleRate: number): Uint8Array<ArrayBuffer> {
  // Silence takes about 6 bytes a block; sound a little under its 16-bit size.
  const writer = new BitWriter(64 + Math.ceil(samples.length / 4));
  writer.reserve(64);
  writeStreamInfo(writer, samples.length, sampleRate);
  const rate = sampleRateCode(sampleRate);
  const folded = new Uint32Array(flacBlockSize);
  for (let from = 0, frame = 0; from < samples.length; from += flacBlockSize, frame += 1) {
    const block = samples.subarray(from, Math.min(samples.length, from + flacBlockSize));
    // A frame is never larger than its header, a VERBATIM subframe and its CRC.
    writer.reserve(32 + block.length * 2);
    const frameStart = writer.length;
    writer.write(0xfff8 >>> 2, 14); // sync code
    writer.write(0, 1);
    writer.write(0, 1); // fixed block size
    const isFull = block.length === flacBlockSize;
    writer.write(isFull ? 12 : 7, 4); // 4096, or a 16-bit size after the frame number
    writer.write(rate.code, 4);
    writer.write(0, 4); // mono
    writer.write(0b100, 3); // 16 bits a sample
    writer.write(0, 1);
    writeFrameNumber(writer, frame);
    if (!isFull) writer.write(block.length - 1, 16);
    if (rate.extra) writer.write(rate.extra[0], rate.extra[1]);
    writer.write(crc8(writer.bytes, frameStart, writer.length), 8);
    writeSubframe(writer, block, folded);
    writer.align();
    const crc = crc16(writer.bytes, frameStart, writer.length);
    writer.write(crc, 16);
  }
  return writer.bytes.slice(0, writer.length);
}
