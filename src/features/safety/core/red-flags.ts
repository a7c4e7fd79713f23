import type { SourceId } from '../../../domain/sources';
import { redFlagGroupOf, redFlagIds, type RedFlagGroup, type RedFlagId } from './flag-groups';

/**
 * When to seek care instead of self-care: the fixed red-flag list from clinical.md, as data.
 * It is not a scored quiz: any one item leads to the advice of its group. The words live in
 * the message catalogs under `safety.flag.<id>` and `safety.advice.<group>`.
 */
export type { RedFlagGroup, RedFlagId } from './flag-groups';

export interface RedFlag {
  readonly id: RedFlagId;
  readonly group: RedFlagGroup;
  readonly sources: readonly SourceId[];
}

/** What to do, for each group. Only self-care is ruled out; nothing here is a diagnosis. */
export interface RedFlagAdvice {
  readonly group: RedFlagGroup;
  /** `emergency-number`: call the local emergency number now; `doctor`: see a doctor. */
  readonly action: 'emergency-number' | 'doctor';
  readonly when: 'now' | 'today' | 'before-self-care';
  /**
   * What the advice screen offers next. A session is never started from an emergency or
   * "today" advice; "before self-care" lets the user go on once a doctor has agreed.
   */
  readonly next: 'no-session' | 'continue-once-a-doctor-agrees';
  readonly sources: readonly SourceId[];
}

// Source: clinical.md "When to seek care instead", which draws on NICE CKS "Neck pain –
// non-specific" and "Neck pain – cervical radiculopathy", the NHS "Neck pain", "Meningitis",
// "Giant cell arteritis" and "Polymyalgia rheumatica" pages, and the Canadian C-spine rule
// (Stiell et al., JAMA 2001) for the injury criteria. Each item names its own sources.
const review: SourceId = 'acupress-clinical-review';

/** Each statement's sources; its group is in flag-groups.ts. */
const sourcesOf: Readonly<Record<RedFlagId, readonly SourceId[]>> = {
  // Emergency now (call the local emergency number).
  // NHS "Meningitis": also drowsiness or confusion, being hard to wake, and seizures.
  'meningitis-signs': [review, 'nhs-meningitis'],
  // A possible tear of a neck artery: sudden, severe, unusual neck pain with headache, especially
  // after a twist or neck manipulation; a tear after neck massage is reported in World
  // Neurosurgery 2018.
  'artery-tear-signs': [review, 'vertebral-artery-massage-2018'],
  'sudden-severe-headache': [review, 'nice-cks-neck-pain'],
  'nerve-or-stroke-signs': [review, 'nice-cks-neck-pain'],
  'neck-injury': [review, 'stiell-2001', 'nhs-neck-pain'],
  // NICE CKS: signs of spinal cord compression include an unsteady walk (gait disturbance) and
  // loss of sexual function with bladder or bowel problems (clinical.md).
  'bladder-bowel-or-clumsiness': [review, 'nice-cks-neck-pain', 'nice-cks-radiculopathy'],
  'heart-signs': [review, 'nice-cks-neck-pain'],
  // See a doctor today.
  'electric-shocks': [review, 'nice-cks-radiculopathy'],
  'arm-symptoms-worsening': [review, 'nice-cks-radiculopathy'],
  'unexplained-fever-sweats-weight': [review, 'nice-cks-neck-pain'],
  // NICE CKS: dizziness, drop attacks or blackouts may mean poor blood flow to the brain. NICE
  // lists them without "when you turn your head", so the words say "especially" (clinical.md).
  'dizzy-turning-head': [review, 'nice-cks-neck-pain'],
  // Over 50: new headache with scalp tenderness, jaw pain when chewing, or a change in vision.
  'giant-cell-arteritis-signs': [review, 'nhs-giant-cell-arteritis'],
  // See a doctor before trying self-care. The history items are "ever", not "now".
  'risk-history': [review, 'nice-cks-neck-pain'],
  'first-episode-age': [review, 'nice-cks-neck-pain'],
  'constant-or-night-pain': [review, 'nice-cks-neck-pain', 'nhs-neck-pain'],
  'lump-or-spine-tenderness': [review, 'nice-cks-neck-pain'],
  // Over 50: new stiffness of both shoulders, with trouble raising the arms in the morning.
  'polymyalgia-signs': [review, 'nhs-polymyalgia-rheumatica'],
  // Pins and needles or numbness in an arm: a sign of a trapped nerve root (cervical
  // radiculopathy); a doctor first (clinical.md). Getting worse is "today", above.
  'arm-pins-and-needles': [review, 'nice-cks-radiculopathy'],
};

export const redFlags: readonly RedFlag[] = redFlagIds.map((id) => ({
  id,
  group: redFlagGroupOf[id],
  sources: sourcesOf[id],
}));

export const redFlagGroups: readonly RedFlagGroup[] = ['emergency', 'doctor-today', 'doctor-first'];

export const redFlagAdvice: Readonly<Record<RedFlagGroup, RedFlagAdvice>> = {
  emergency: {
    group: 'emergency',
    action: 'emergency-number',
    when: 'now',
    next: 'no-session',
    sources: [review, 'nhs-neck-pain', 'nhs-meningitis'],
  },
  'doctor-today': {
    group: 'doctor-today',
    action: 'doctor',
    when: 'today',
    next: 'no-session',
    sources: [review, 'nice-cks-neck-pain', 'nice-cks-radiculopathy', 'nhs-giant-cell-arteritis'],
  },
  'doctor-first': {
    group: 'doctor-first',
    action: 'doctor',
    when: 'before-self-care',
    next: 'continue-once-a-doctor-agrees',
    sources: [review, 'nice-cks-neck-pain', 'nhs-polymyalgia-rheumatica'],
  },
};

/**
 * "See a doctor if it is not better after about two weeks." A careful choice of ours: NHS "Neck
 * pain" says to see a GP if the pain does not improve after a few weeks; we say two weeks, the
 * shorter end, to be careful (clinical.md). The personal trial applies it too.
 */
export const notBetterAfterDays = 14;
export const notBetterAdviceSources: readonly SourceId[] = [review, 'nhs-neck-pain'];

/**
 * Stop pressing at once with any of these. Source: clinical.md "Cautions".
 * Words under `safety.stop.<id>`.
 */
export type StopSignId = 'dizziness' | 'nausea' | 'vision' | 'tingling-numbness';
export const stopSigns: readonly StopSignId[] = [
  'dizziness',
  'nausea',
  'vision',
  'tingling-numbness',
];

export function redFlagsIn(group: RedFlagGroup): readonly RedFlag[] {
  return redFlags.filter((flag) => flag.group === group);
}

export function adviceFor(id: RedFlagId): RedFlagAdvice {
  const flag = redFlags.find((candidate) => candidate.id === id);
  if (!flag) throw new Error(`Unknown red flag ${id}`);
  return redFlagAdvice[flag.group];
}

export function isRedFlagId(value: string): value is RedFlagId {
  return Object.hasOwn(redFlagGroupOf, value);
}
