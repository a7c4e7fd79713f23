import type { PointId, Side } from '../../../domain/points';
import type { ZoneXy } from '../../../domain/zone-frame';

/** Which way on the body, as a code the UI words: "toward the thumb", "lower". */
export type Direction =
  | 'thumb'
  | 'little-finger'
  | 'fingers'
  | 'wrist'
  | 'ear'
  | 'spine'
  | 'neck'
  | 'shoulder-tip'
  | 'higher'
  | 'lower';

export type Amount = 'a-little' | 'more';

export interface DirectionPart {
  readonly direction: Direction;
  readonly amount: Amount;
}

/** Where the spot is in the zone, words-free: the middle, or one or two directions. */
export type SpotDescription =
  { readonly kind: 'middle' } | { readonly kind: 'off'; readonly parts: readonly DirectionPart[] };

/** Under this (in zone radii) an offset is "the middle"; from `moreAt` it is "more" than a little. */
const middleUnder = 0.25;
const moreAt = 0.6;

interface Axes {
  /** The picture's side that is "canonical": u is turned round on the other side's picture. */
  readonly canonical: Side;
  readonly negativeU: Direction;
  readonly positiveU: Direction;
  readonly negativeV: Direction;
  readonly positiveV: Direction;
}

// Hands are drawn from the back, a right hand with its thumb on the picture's left, fingers up.
const handAxes: Axes = {
  canonical: 'right',
  negativeU: 'thumb',
  positiveU: 'little-finger',
  negativeV: 'fingers',
  positiveV: 'wrist',
};

// Head and shoulders from behind: the left side is on the picture's left, so on it the
// outer side is to the picture's left.
const axesOf: Readonly<Record<PointId, Axes>> = {
  SI3: handAxes,
  'EX-UE8': handAxes,
  LI4: handAxes,
  GB20: {
    canonical: 'left',
    negativeU: 'ear',
    positiveU: 'spine',
    negativeV: 'higher',
    positiveV: 'lower',
  },
  GB21: {
    canonical: 'left',
    negativeU: 'shoulder-tip',
    positiveU: 'neck',
    negativeV: 'higher',
    positiveV: 'lower',
  },
};

function partOf(value: number, negative: Direction, positive: Direction): DirectionPart | null {
  const size = Math.abs(value);
  if (size < middleUnder) return null;
  return {
    direction: value < 0 ? negative : positive,
    amount: size < moreAt ? 'a-little' : 'more',
  };
}

export function describeSpot(pointId: PointId, side: Side, spot: ZoneXy): SpotDescription {
  const axes = axesOf[pointId];
  const u = side === axes.canonical ? spot.u : -spot.u;
  const parts = [
    partOf(u, axes.negativeU, axes.positiveU),
    partOf(spot.v, axes.negativeV, axes.positiveV),
  ].filter((part): part is DirectionPart => part !== null);
  return parts.length === 0 ? { kind: 'middle' } : { kind: 'off', parts };
}
