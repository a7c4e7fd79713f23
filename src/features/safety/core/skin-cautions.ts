/**
 * Never press over any of these: one list, read by the session's skin check before each point
 * and by the full cautions on the help page. Words under `safety.skin.<id>`.
 * Source: article ("never use acupressure if the acupressure point is over a vein, mole, wart,
 * bruise, cut or abrasion"); clinical.md "Cautions" (varicose veins, swelling, infection, burns,
 * rashes and recent scars).
 */
export type SkinCautionId =
  | 'vein'
  | 'mole'
  | 'wart'
  | 'bruise'
  | 'cut'
  | 'scrape'
  | 'varicose-veins'
  | 'swelling'
  | 'infection'
  | 'burn'
  | 'rash'
  | 'recent-scar';

export const skinCautions: readonly SkinCautionId[] = [
  'vein',
  'mole',
  'wart',
  'bruise',
  'cut',
  'scrape',
  'varicose-veins',
  'swelling',
  'infection',
  'burn',
  'rash',
  'recent-scar',
];
