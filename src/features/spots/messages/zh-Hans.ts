import type { enSpots } from './en';

/** Simplified Chinese messages of "your spot", translated from en.ts. */
export const zhHansSpots: Record<keyof typeof enSpots, string> = {
  'spots.import.inMark': '穴位标记 {number}：{problem}',
  'spots.import.outsideZone': '{field} 必须在区域内（从 −1 到 1，并在圆内）。',
  'spots.import.placeAndOutcome': '只有指出的位置才带坐标，而且必须带坐标。',
};
