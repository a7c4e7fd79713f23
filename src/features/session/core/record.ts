import type { Readings } from '../../journal';
import type { PainSide } from './planner';
import type { PointId, Side } from '../../guide';

/** The journal's readings type: the session asks the same two questions before it starts. */
export type { Readings };

export interface StepOutcome {
  readonly pointId: PointId;
  readonly side: Side;
  readonly status: 'done' | 'skipped' | 'not-reached';
}

/**
 * What a finished (or ended) session hands to the journal. The session feature fills it; the
 * journal feature asks the after-session questions and saves it.
 */
export interface SessionRecord {
  /** Random id (crypto.randomUUID) made when the session starts. */
  readonly id: string;
  /** Epoch ms (Date.now) when the first step began and when the session ended. */
  readonly startedAtEpochMs: number;
  readonly endedAtEpochMs: number;
  /** Session time actually spent, pauses excluded. */
  readonly activeMs: number;
  readonly painSide: PainSide;
  readonly holdMs: number;
  readonly isPregnancyMode: boolean;
  readonly steps: readonly StepOutcome[];
  readonly completed: boolean;
  readonly before: Readings;
}
