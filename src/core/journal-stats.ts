import { sortEntries, type JournalEntry } from './journal-format';
import { pointIds, type PointId } from './points';

// Source: clinical.md, "Tracking": a change of 2 or more points on the 0–10 scale is one a
// person usually notices.
export const noticeableChange0to10 = 2;

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
  entries: readonly JournalEntry[],
  key: 'pain0to10' | 'stiffness0to10',
): ReadingSummary {
  let total = 0;
  let count = 0;
  let noticeable = 0;
  for (const entry of entries) {
    const before = entry.before[key];
    const after = entry.after[key];
    if (before === undefined || after === undefined) continue;
    total += before - after;
    count += 1;
    if (before - after >= noticeableChange0to10) noticeable += 1;
  }
  return {
    sessionsLookedAt: entries.length,
    sessionsWithBoth: count,
    meanDrop: count === 0 ? undefined : total / count,
    noticeableDrops: noticeable,
  };
}

/** Before/after summary over the most recent `lastCount` sessions. */
export function summarizeJournal(entries: readonly JournalEntry[], lastCount = 10): JournalSummary {
  const recent = sortEntries(entries).slice(-lastCount);
  return { pain: summarize(recent, 'pain0to10'), stiffness: summarize(recent, 'stiffness0to10') };
}

export interface PointTally {
  readonly pointId: PointId;
  /** Sessions in which the point was pressed (at least one side done). */
  readonly pressed: number;
  readonly tender: number;
  readonly right: number;
}

/** For each of the five points: how often it was pressed, marked tender, marked right. */
export function tallyPoints(entries: readonly JournalEntry[]): PointTally[] {
  const slot = new Map<PointId, number>(pointIds.map((id, index) => [id, index]));
  const pressed = pointIds.map(() => 0);
  const tender = pointIds.map(() => 0);
  const right = pointIds.map(() => 0);
  // A bit per point, so that a point counts once per session however often it is listed.
  const maskOf = (ids: readonly PointId[]) => {
    let mask = 0;
    for (const id of ids) mask |= 1 << (slot.get(id) ?? 0);
    return mask;
  };
  const add = (counts: number[], mask: number) => {
    for (let index = 0; index < counts.length; index += 1)
      if (mask & (1 << index)) counts[index]! += 1;
  };
  for (const entry of entries) {
    let done = 0;
    for (const step of entry.steps)
      if (step.status === 'done') done |= 1 << (slot.get(step.pointId) ?? 0);
    add(pressed, done);
    add(tender, maskOf(entry.tenderPoints));
    add(right, maskOf(entry.rightPoints));
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

/** Columns for the trend chart; a skipped reading is a gap (null). */
export function chartSeries(entries: readonly JournalEntry[]): ChartSeries {
  const sorted = sortEntries(entries);
  const series: ChartSeries = {
    x: [],
    painBefore: [],
    painAfter: [],
    stiffnessBefore: [],
    stiffnessAfter: [],
  };
  for (const entry of sorted) {
    series.x.push(entry.startedAtEpochMs / 1000);
    series.painBefore.push(entry.before.pain0to10 ?? null);
    series.painAfter.push(entry.after.pain0to10 ?? null);
    series.stiffnessBefore.push(entry.before.stiffness0to10 ?? null);
    series.stiffnessAfter.push(entry.after.stiffness0to10 ?? null);
  }
  return series;
}
