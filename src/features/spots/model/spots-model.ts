import { signal, type ReadonlySignal } from '@preact/signals';
import type { PointId, Side } from '../../../domain/points';
import { estimateSpot } from '../core/estimate';
import type { SpotEstimate } from '../../../domain/zone-frame';
import { judgeMark, type MarkAnswer } from '../core/judge';
import { maxSpotMarks, type MarkOutcome, type SpotMark } from '../../../domain/records/spot-mark';
import type { SpotStore } from '../../../domain/records/store';

export interface SpotsPorts {
  /** The journal's store (loaded on first use). */
  readonly loadStore: () => Promise<SpotStore>;
  /** Epoch milliseconds now. */
  readonly now: () => number;
  readonly newId: () => string;
}

/**
 * What an answer came to: what was saved, or 'full' when the journal already keeps as many
 * marks as it can export and import again (maxSpotMarks), so nothing was saved.
 */
export type AnswerOutcome = MarkOutcome | 'full';

export interface SpotsModel {
  /** Every mark, oldest first; empty until loaded. */
  readonly marks: ReadonlySignal<readonly SpotMark[]>;
  readonly isLoaded: ReadonlySignal<boolean>;
  /** Reads the marks from the store (again: after an import or delete all). */
  load(): Promise<void>;
  /** Loads the marks once, when a screen first needs them. */
  ensureLoaded(): void;
  /**
   * Forgets the loaded marks without opening the store (after an import or "delete all data",
   * which must not re-create the database): the next ensureLoaded reads them again.
   */
  unload(): void;
  /** Saves an answer after a hold; returns what was saved ('elsewhere': not taken as the spot). */
  answer(pointId: PointId, side: Side, answer: MarkAnswer): Promise<AnswerOutcome>;
  /** "Forget my spot" for one point and side. */
  forget(pointId: PointId, side: Side): Promise<void>;
  /** "Your spot" now, from the loaded marks. */
  estimate(pointId: PointId, side: Side): SpotEstimate | undefined;
}

export function createSpotsModel(ports: SpotsPorts): SpotsModel {
  const marks = signal<readonly SpotMark[]>([]);
  const isLoaded = signal(false);
  let store: Promise<SpotStore> | undefined;
  const storeNow = () => (store ??= ports.loadStore());

  const load = async () => {
    marks.value = await (await storeNow()).spotMarks();
    isLoaded.value = true;
  };

  let loading: Promise<void> | undefined;
  return {
    marks,
    isLoaded,
    load,
    ensureLoaded() {
      if (!isLoaded.value && !loading) {
        loading = load().finally(() => {
          loading = undefined;
        });
      }
    },
    unload() {
      marks.value = [];
      isLoaded.value = false;
    },
    async answer(pointId, side, answer) {
      if (!isLoaded.value) await load();
      if (marks.value.length >= maxSpotMarks) return 'full';
      const judged = judgeMark(answer, pointId);
      const mark: SpotMark = {
        id: ports.newId(),
        pointId,
        side,
        atEpochMs: ports.now(),
        outcome: judged.outcome,
        ...(judged.spot ? { u: judged.spot.u, v: judged.spot.v } : {}),
      };
      await (await storeNow()).putSpotMark(mark);
      marks.value = [...marks.value, mark];
      return judged.outcome;
    },
    async forget(pointId, side) {
      await (await storeNow()).forgetSpot(pointId, side);
      marks.value = marks.value.filter((m) => !(m.pointId === pointId && m.side === side));
    },
    estimate: (pointId, side) => estimateSpot(marks.value, pointId, side),
  };
}
