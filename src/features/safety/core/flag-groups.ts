/**
 * Which group each statement of the red-flag list belongs to, in the list's order: the list's
 * shape without its sources, small enough for the first screen (the health model reads stored
 * answers with it). Source: clinical.md "When to seek care instead"; red-flags.ts gives each
 * statement its sources.
 */
export type RedFlagGroup = 'emergency' | 'doctor-today' | 'doctor-first';

export const redFlagGroupOf = {
  'meningitis-signs': 'emergency',
  'artery-tear-signs': 'emergency',
  'sudden-severe-headache': 'emergency',
  'nerve-or-stroke-signs': 'emergency',
  'neck-injury': 'emergency',
  'bladder-bowel-or-clumsiness': 'emergency',
  'heart-signs': 'emergency',
  'electric-shocks': 'doctor-today',
  'arm-symptoms-worsening': 'doctor-today',
  'unexplained-fever-sweats-weight': 'doctor-today',
  'dizzy-turning-head': 'doctor-today',
  'giant-cell-arteritis-signs': 'doctor-today',
  'risk-history': 'doctor-first',
  'first-episode-age': 'doctor-first',
  'constant-or-night-pain': 'doctor-first',
  'lump-or-spine-tenderness': 'doctor-first',
  'polymyalgia-signs': 'doctor-first',
  'arm-pins-and-needles': 'doctor-first',
} as const satisfies Record<string, RedFlagGroup>;

export type RedFlagId = keyof typeof redFlagGroupOf;

export const redFlagIds = Object.keys(redFlagGroupOf) as readonly RedFlagId[];

/** The statements of the red-flag list that a doctor can clear for self-care. */
export const doctorFirstFlags: readonly RedFlagId[] = redFlagIds.filter(
  (id) => redFlagGroupOf[id] === 'doctor-first',
);
