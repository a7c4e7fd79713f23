/**
 * English messages of "your spot" (issue 17). Keys start with "spots.". Plain data: the app's
 * catalog (src/app/messages/en.ts) combines it with the other features' parts.
 */
export const enSpots = {
  'spots.import.inMark': 'Spot mark {number}: {problem}',
  'spots.import.outsideZone':
    '{field} must be inside the zone (from −1 to 1, and within its circle).',
  'spots.import.placeAndOutcome':
    'a place is given only for a spot that was shown, and must be given for one.',
} as const;
