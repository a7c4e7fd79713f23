/**
 * English messages of "your spot". Keys start with "spots.". Plain data: the app's
 * catalog (src/catalogs/en.ts) combines it with the other features' parts.
 */
export const enSpots = {
  'spots.prompt': 'Found your spot? Show where',
  'spots.markHelp':
    'Tap the spot that feels right to you on the picture. Or move the marker with the arrow keys and press Enter.',
  'spots.areaLabel': 'Where you found the tender spot: arrow keys move the marker, Enter saves it',
  'spots.marker': 'Marker: {where}.',
  'spots.markerFar': 'Marker: far outside the zone.',
  'spots.markerOutside': 'Marker: outside the zone.',
  'spots.save': 'Save this spot',
  'spots.asShown': 'About where shown',
  'spots.notFound': 'I didn’t find it',
  'spots.cancel': 'Not now',
  'spots.saved.tapped': 'Saved as your spot.',
  'spots.saved.as-shown': 'Saved: about where shown.',
  'spots.saved.not-found': 'Noted: not found this time. Next time, press around the zone slowly.',
  'spots.saved.elsewhere':
    'That is far from the zone, so it is not saved as your spot. The point may be elsewhere: press around the zone.',
  'spots.saved.outside-GB20':
    'That is outside the zone. Stay inside it, under the skull at the back; never press the sides or front of the neck.',
  'spots.saved.outside-GB21':
    'That is outside the zone. Stay inside it, on the top of the shoulder; never press the sides or front of the neck.',
  'spots.saved.full':
    'Not saved: your journal keeps {max} spot marks, the most it can export and import again. “Forget my spot” on a point’s guide page makes room.',
  'spots.yours': 'Your spot: {where}.',
  'spots.yoursMirror': 'Your spot, mirrored from the other side: {where}.',
  'spots.where.middle': 'the middle of the zone',
  'spots.where.one': '{part} from the middle of the zone',
  'spots.where.two': '{first} and {second} from the middle of the zone',
  'spots.amount.a-little': 'a little {direction}',
  'spots.amount.more': '{direction}',
  'spots.dir.thumb': 'toward the thumb',
  'spots.dir.little-finger': 'toward the little finger',
  'spots.dir.fingers': 'toward the fingers',
  'spots.dir.wrist': 'toward the wrist',
  'spots.dir.ear': 'toward the ear',
  'spots.dir.spine': 'toward the spine',
  'spots.dir.neck': 'toward the neck',
  'spots.dir.shoulder-tip': 'toward the shoulder tip',
  'spots.dir.higher': 'higher',
  'spots.dir.lower': 'lower',
  'spots.forget': 'Forget my spot: {side}',
  'spots.journal.title': 'Your spots',
  'spots.journal.line': '{point}, {side}: found {found} of {answers} times.',
  'spots.journal.smaller': 'Your latest marks lie closer together than the ones before.',
  'spots.journal.not-smaller': 'Your latest marks do not lie closer together than the ones before.',
  'spots.journal.too-few': 'Too few marks yet to see whether they lie closer together.',
  'spots.import.inMark': 'Spot mark {number}: {problem}',
  'spots.import.outsideZone':
    '{field} must be inside the zone (from −1 to 1, and within its circle).',
  'spots.import.placeAndOutcome':
    'a place is given only for a spot that was shown, and must be given for one.',
} as const;
