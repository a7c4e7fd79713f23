import type { PointId, Side } from '../guide';
import type { SpotMark } from './core/records';

/**
 * Where marks live: the journal's database (platform/db.ts implements it as part of the journal
 * store), so that they export, import and delete with the journal.
 */
export interface SpotStore {
  /** Every mark, oldest first. */
  spotMarks(): Promise<SpotMark[]>;
  /** Saves one mark; resolves once the write is durable. */
  putSpotMark(mark: SpotMark): Promise<void>;
  /** "Forget my spot": removes every mark of one point and side. */
  forgetSpot(pointId: PointId, side: Side): Promise<void>;
}
