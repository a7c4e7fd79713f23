import type { enSpots } from './en';

/** Spanish messages of "your spot", translated from en.ts. */
export const esSpots: Record<keyof typeof enSpots, string> = {
  'spots.import.inMark': 'Marca de punto {number}: {problem}',
  'spots.import.outsideZone':
    '{field} debe estar dentro de la zona (de −1 a 1, y dentro de su círculo).',
  'spots.import.placeAndOutcome': 'solo un punto señalado lleva un lugar, y debe llevarlo.',
};
