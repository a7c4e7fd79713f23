import type { JournalEntry } from './journal-format';
import { pointIds, type PointId } from './points';

// Source: clinical.md, "Tracking": a change of 2 or more points on the 0–10 scale is one a
// person usually notices.
export const noticeableChange0to10 = 2;

/**
 * What the history screen needs of one session, small enough that 10,000 of them load fast:
 * the start time, the four readings (null when skipped), and a bit per point (in `pointIds`
 * order) for pressed, tender and felt right. The database keeps one beside each session.
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

const slot = new Map<PointId, number>(pointIds.map((id, index) => [id, index]));

function maskOf(ids: Iterable<PointId>): number {
  let mask = 0;
  for (const id of ids) mask |= 1 << (slot.get(id) ?? 0);
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
  /** Sessions whose reading dropped by at least the noticeable change. */
  readonly noticeableDrops: number;
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
  let noticeable = 0;
  for (const row of rows) {
    const first = row[before];
    const last = row[after];
    if (first === null || last === null) continue;
    total += first - last;
    count += 1;
    if (first - last >= noticeableChange0to10) noticeable += 1;
  }
  return {
    sessionsLookedAt: rows.length,
    sessionsWithBoth: count,
    meanDrop: count === 0 ? undefined : total / count,
    noticeableDrops: noticeable,
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

/** For each of the five points: in how many sessions it was pressed, marked tender, marked right. */
export function tallyPoints(rows: readonly TrendRow[]): PointTally[] {
  const pressed = pointIds.map(() => 0);
  const tender = pointIds.map(() => 0);
  const right = pointIds.map(() => 0);
  const add = (counts: number[], mask: number) => {
    for (let index = 0; index < counts.length; index += 1) {
      if (mask & (1 << index)) counts[index]! += 1;
    }
  };
  for (const row of rows) {
    add(pressed, row.pressedMask);
    add(tender, row.tenderMask);
    add(right, row.rightMask);
  }
  return pointIds.map((pointId, index) => ({
    pointId,
    pressed: pressed[index]!,
    tender: tender[index]!,
    right: right[index]!,
  }));
}

export interface ChartSeries {
  /** Seconds since the epoch (uPlot's x unit), one per session, oldest first. */
  readonly x: number[];
  readonly painBefore: (number | null)[];
  readonly painAfter: (number | null)[];
  readonly stiffnessBefore: (number | null)[];
  readonly stiffnessAfter: (number | null)[];
}

/** Columns for the trend chart (rows oldest first); a skipped reading is a gap (null). */
export function chartSeries(rows: readonly TrendRow[]): ChartSeries {
  const series: ChartSeries = {
    x: [],
    painBefore: [],
    painAfter: [],
    stiffnessBefore: [],
    stiffnessAfter: [],
  };
  for (const row of rows) {
    series.x.push(row.startedAtEpochMs / 1000);
    series.painBefore.push(row.painBefore);
    series.painAfter.push(row.painAfter);
    series.stiffnessBefore.push(row.stiffnessBefore);
    series.stiffnessAfter.push(row.stiffnessAfter);
  }
  return series;
}
