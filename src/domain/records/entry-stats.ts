import { pointIds, type PointId } from '../points';
import type { JournalEntry } from './session-entry';

/**
 * What the history screen needs of one session, small enough that 10,000 of them load fast:
 * the start time, the four readings (null when skipped), and a bit per point (maskBitOf) for
 * pressed, tender and felt right. The database keeps one beside each session.
 */
export interface TrendRow {
  readonly id: string;
  readonly startedAtEpochMs: number;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly stiffnessBefore: number | null;
  readonly stiffnessAfter: number | null;
  readonly pressedMask: number;
  readonly tenderMask: number;
  readonly rightMask: number;
}

/**
 * Each point's bit in the stored masks, fixed for good: the database keeps the masks, so a bit
 * never changes its point. Reordering the guide changes nothing here; a new point takes the
 * next free bit (up to 8: the masks are stored as bytes).
 */
export const maskBitOf: Readonly<Record<PointId, number>> = {
  SI3: 0,
  'EX-UE8': 1,
  LI4: 2,
  GB20: 3,
  GB21: 4,
};

function maskOf(ids: Iterable<PointId>): number {
  let mask = 0;
  for (const id of ids) mask |= 1 << (maskBitOf[id] ?? 0);
  return mask;
}

export function trendRowOf(entry: JournalEntry): TrendRow {
  return {
    id: entry.id,
    startedAtEpochMs: entry.startedAtEpochMs,
    painBefore: entry.before.pain0to10 ?? null,
    painAfter: entry.after.pain0to10 ?? null,
    stiffnessBefore: entry.before.stiffness0to10 ?? null,
    stiffnessAfter: entry.after.stiffness0to10 ?? null,
    pressedMask: maskOf(entry.steps.filter((s) => s.status === 'done').map((s) => s.pointId)),
    tenderMask: maskOf(entry.tenderPoints),
    rightMask: maskOf(entry.rightPoints),
  };
}

function compareRows(a: TrendRow, b: TrendRow): number {
  return a.startedAtEpochMs - b.startedAtEpochMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Rows oldest first; one row per id, the later list winning. Skips the sort when in order. */
export function mergeRows(
  existing: readonly TrendRow[],
  incoming: readonly TrendRow[],
): TrendRow[] {
  let rows: TrendRow[];
  if (incoming.length === 0) rows = [...existing];
  else {
    const byId = new Map(existing.map((row) => [row.id, row]));
    for (const row of incoming) byId.set(row.id, row);
    rows = [...byId.values()];
  }
  for (let index = 1; index < rows.length; index += 1) {
    if (compareRows(rows[index - 1]!, rows[index]!) > 0) return rows.sort(compareRows);
  }
  return rows;
}

export interface ReadingSummary {
  /** Sessions looked at (the last N), and how many had both readings of this kind. */
  readonly sessionsLookedAt: number;
  readonly sessionsWithBoth: number;
  /** Mean of (before − after): positive when the reading after was lower. */
  readonly meanDrop: number | undefined;
}

export interface JournalSummary {
  readonly pain: ReadingSummary;
  readonly stiffness: ReadingSummary;
}

function summarize(
  rows: readonly TrendRow[],
  before: 'painBefore' | 'stiffnessBefore',
  after: 'painAfter' | 'stiffnessAfter',
): ReadingSummary {
  let total = 0;
  let count = 0;
  for (const row of rows) {
    const first = row[before];
    const last = row[after];
    if (first === null || last === null) continue;
    total += first - last;
    count += 1;
  }
  return {
    sessionsLookedAt: rows.length,
    sessionsWithBoth: count,
    meanDrop: count === 0 ? undefined : total / count,
  };
}

/** Before/after summary over the most recent `lastCount` sessions (rows oldest first). */
export function summarizeJournal(rows: readonly TrendRow[], lastCount = 10): JournalSummary {
  const recent = rows.slice(-lastCount);
  return {
    pain: summarize(recent, 'painBefore', 'painAfter'),
    stiffness: summarize(recent, 'stiffnessBefore', 'stiffnessAfter'),
  };
}

export interface PointTally {
  readonly pointId: PointId;
  /** Sessions in which the point was pressed (at least one side done). */
  readonly pressed: number;
  readonly tender: number;
  readonly right: number;
}

/**
 * For each point: in how many sessions it was pressed, marked tender, marked right. One pass
 * counts each mask value (a byte), then each point adds up the values that hold its bit: a
 * journal of 10,000 sessions is counted in a few hundred microseconds.
 */
export function tallyPoints(rows: readonly TrendRow[]): PointTally[] {
  const pressed = new Uint32Array(256);
  const tender = new Uint32Array(256);
  const right = new Uint32Array(256);
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    pressed[row.pressedMask & 255]! += 1;
    tender[row.tenderMask & 255]! += 1;
    right[row.rightMask & 255]! += 1;
  }
  const withBit = (counts: Uint32Array, bit: number) => {
    let total = 0;
    for (let mask = 0; mask < 256; mask += 1) if (mask & bit) total += counts[mask]!;
    return total;
  };
  return pointIds.map((pointId) => {
    const bit = 1 << maskBitOf[pointId];
    return {
      pointId,
      pressed: withBit(pressed, bit),
      tender: withBit(tender, bit),
      right: withBit(right, bit),
    };
  });
}

export interface ChartSeries {
  /** Seconds since the epoch (uPlot's x unit), one per point, oldest first. */
  readonly x: number[];
  readonly painBefore: (number | null)[];
  readonly painAfter: (number | null)[];
  readonly stiffnessBefore: (number | null)[];
  readonly stiffnessAfter: (number | null)[];
  /** Sessions behind each point: 1, or the size of the groups that are averaged. */
  readonly sessionsPerPoint: number;
}

/**
 * Most points the trend chart draws. A phone-wide chart has about 300 pixels across: more points
 * than that draw over one another (10,000 sessions made a solid block that took a quarter of a
 * second to paint), so a longer journal is shown as averages of consecutive sessions.
 */
export const chartMaxPoints = 365;

type ReadingKey = 'painBefore' | 'painAfter' | 'stiffnessBefore' | 'stiffnessAfter';
const readingKeys: readonly ReadingKey[] = [
  'painBefore',
  'painAfter',
  'stiffnessBefore',
  'stiffnessAfter',
];

/**
 * Columns for the trend chart (rows oldest first); a skipped reading is a gap (null). Up to
 * `maxPoints` sessions, one point each; beyond that, groups of consecutive sessions, counted
 * from the newest so that the last point is always a full group: each point sits at the mean
 * start time of its group and shows the mean of the readings given there (one decimal), or a
 * gap when none was.
 */
export function chartSeries(rows: readonly TrendRow[], maxPoints = chartMaxPoints): ChartSeries {
  const size = Math.max(1, Math.ceil(rows.length / Math.max(1, maxPoints)));
  const series = {
    x: [] as number[],
    painBefore: [] as (number | null)[],
    painAfter: [] as (number | null)[],
    stiffnessBefore: [] as (number | null)[],
    stiffnessAfter: [] as (number | null)[],
    sessionsPerPoint: size,
  };
  if (size === 1) {
    for (const row of rows) {
      series.x.push(row.startedAtEpochMs / 1000);
      for (const key of readingKeys) series[key].push(row[key]);
    }
    return series;
  }
  // No closure made per session (a forEach per row was): this runs over every session as
  // History opens.
  const sums = new Float64Array(4);
  const counts = new Uint32Array(4);
  const add = (slot: number, value: number | null) => {
    if (value === null) return;
    sums[slot]! += value;
    counts[slot]! += 1;
  };
  const mean = (slot: number) =>
    counts[slot] === 0 ? null : Math.round((sums[slot]! / counts[slot]!) * 10) / 10;
  // The first group takes what is left over, so every later group (and the newest) is full.
  for (let end = rows.length - size * Math.floor(rows.length / size) || size; ; end += size) {
    const start = Math.max(0, end - size);
    let timeMs = 0;
    sums.fill(0);
    counts.fill(0);
    for (let index = start; index < end; index += 1) {
      const row = rows[index]!;
      timeMs += row.startedAtEpochMs;
      add(0, row.painBefore);
      add(1, row.painAfter);
      add(2, row.stiffnessBefore);
      add(3, row.stiffnessAfter);
    }
    series.x.push(timeMs / (end - start) / 1000);
    series.painBefore.push(mean(0));
    series.painAfter.push(mean(1));
    series.stiffnessBefore.push(mean(2));
    series.stiffnessAfter.push(mean(3));
    if (end >= rows.length) break;
  }
  return series;
}

/**
 * Every session's trend row in columns, oldest first: how the database keeps them, in one
 * record that reads back in a few milliseconds (typed arrays copy as whole blocks, where
 * 10,000 small objects are each rebuilt).
 */
export interface TrendColumns {
  readonly ids: readonly string[];
  readonly startedAtEpochMs: Float64Array;
  /** Four per session: pain before, pain after, stiffness before, stiffness after; -1 skipped. */
  readonly readings: Int8Array;
  /** Three per session: the pressed, tender and right masks. */
  readonly masks: Uint8Array;
}

export function trendColumnsOf(rows: readonly TrendRow[]): TrendColumns {
  const count = rows.length;
  const columns = {
    ids: new Array<string>(count),
    startedAtEpochMs: new Float64Array(count),
    readings: new Int8Array(count * 4),
    masks: new Uint8Array(count * 3),
  };
  rows.forEach((row, index) => {
    columns.ids[index] = row.id;
    columns.startedAtEpochMs[index] = row.startedAtEpochMs;
    readingKeys.forEach((key, slotIndex) => {
      columns.readings[index * 4 + slotIndex] = row[key] ?? -1;
    });
    columns.masks[index * 3] = row.pressedMask;
    columns.masks[index * 3 + 1] = row.tenderMask;
    columns.masks[index * 3 + 2] = row.rightMask;
  });
  return columns;
}

/** True when the columns hang together (same session count in each); a damaged record is not. */
export function isWholeColumns(value: unknown): value is TrendColumns {
  if (value === null || typeof value !== 'object') return false;
  const { ids, startedAtEpochMs, readings, masks } = value as Partial<TrendColumns>;
  return (
    Array.isArray(ids) &&
    startedAtEpochMs instanceof Float64Array &&
    readings instanceof Int8Array &&
    masks instanceof Uint8Array &&
    startedAtEpochMs.length === ids.length &&
    readings.length === ids.length * 4 &&
    masks.length === ids.length * 3
  );
}

export function trendRowsOf(columns: TrendColumns): TrendRow[] {
  const { ids, startedAtEpochMs, readings, masks } = columns;
  const reading = (at: number) => {
    const value = readings[at]!;
    return value < 0 ? null : value;
  };
  const rows = new Array<TrendRow>(ids.length);
  for (let index = 0; index < ids.length; index += 1) {
    rows[index] = {
      id: ids[index]!,
      startedAtEpochMs: startedAtEpochMs[index]!,
      painBefore: reading(index * 4),
      painAfter: reading(index * 4 + 1),
      stiffnessBefore: reading(index * 4 + 2),
      stiffnessAfter: reading(index * 4 + 3),
      pressedMask: masks[index * 3]!,
      tenderMask: masks[index * 3 + 1]!,
      rightMask: masks[index * 3 + 2]!,
    };
  }
  return rows;
}
