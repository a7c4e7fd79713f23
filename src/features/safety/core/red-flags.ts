import type { SourceId } from '../../../domain/sources';

/**
 * When to seek care instead of self-care: the fixed red-flag list from clinical.md, as data.
 * It is not a scored quiz: any one item leads to the advice of its group. The words live in
 * the message catalogs under `safety.flag.<id>` and `safety.advice.<group>`.
 */
export type RedFlagGroup = 'emergency' | 'doctor-today' | 'doctor-first';

export type RedFlagId =
  | 'meningitis-signs'
  | 'artery-tear-signs'
  | 'sudden-severe-headache'
  | 'nerve-or-stroke-signs'
  | 'neck-injury'
  | 'bladder-bowel-or-clumsiness'
  | 'heart-signs'
  | 'electric-shocks'
  | 'arm-symptoms-worsening'
  | 'unexplained-fever-sweats-weight'
  | 'dizzy-turning-head'
  | 'giant-cell-arteritis-signs'
  | 'risk-history'
  | 'first-episode-age'
  | 'constant-or-night-pain'
  | 'lump-or-spine-tenderness'
  | 'polymyalgia-signs'
  | 'arm-pins-and-needles';

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

export const redFlags: readonly RedFlag[] = [
  // Emergency now (call the local emergency number).
  // NHS "Meningitis": also drowsiness or confusion, being hard to wake, and seizures.
  { id: 'meningitis-signs', group: 'emergency', sources: [review, 'nhs-meningitis'] },
  // A possible tear of a neck artery: sudden, severe, unusual neck pain with headache, especially
  // after a twist or neck manipulation; a tear after neck massage is reported in World
  // Neurosurgery 2018.
  {
    id: 'artery-tear-signs',
    group: 'emergency',
    sources: [review, 'vertebral-artery-massage-2018'],
  },
  { id: 'sudden-severe-headache', group: 'emergency', sources: [review, 'nice-cks-neck-pain'] },
  { id: 'nerve-or-stroke-signs', group: 'emergency', sources: [review, 'nice-cks-neck-pain'] },
  { id: 'neck-injury', group: 'emergency', sources: [review, 'stiell-2001', 'nhs-neck-pain'] },
  // NICE CKS: signs of spinal cord compression include an unsteady walk (gait disturbance) and
  // loss of sexual function with bladder or bowel problems (clinical.md).
  {
    id: 'bladder-bowel-or-clumsiness',
    group: 'emergency',
    sources: [review, 'nice-cks-neck-pain', 'nice-cks-radiculopathy'],
  },
  { id: 'heart-signs', group: 'emergency', sources: [review, 'nice-cks-neck-pain'] },
  // See a doctor today.
  { id: 'electric-shocks', group: 'doctor-today', sources: [review, 'nice-cks-radiculopathy'] },
  {
    id: 'arm-symptoms-worsening',
    group: 'doctor-today',
    sources: [review, 'nice-cks-radiculopathy'],
  },
  {
    id: 'unexplained-fever-sweats-weight',
    group: 'doctor-today',
    sources: [review, 'nice-cks-neck-pain'],
  },
  // NICE CKS: dizziness, drop attacks or blackouts may mean poor blood flow to the brain. NICE
  // lists them without "when you turn your head", so the words say "especially" (clinical.md).
  { id: 'dizzy-turning-head', group: 'doctor-today', sources: [review, 'nice-cks-neck-pain'] },
  // Over 50: new headache with scalp tenderness, jaw pain when chewing, or a change in vision.
  {
    id: 'giant-cell-arteritis-signs',
    group: 'doctor-today',
    sources: [review, 'nhs-giant-cell-arteritis'],
  },
  // See a doctor before trying self-care. The history items are "ever", not "now".
  { id: 'risk-history', group: 'doctor-first', sources: [review, 'nice-cks-neck-pain'] },
  { id: 'first-episode-age', group: 'doctor-first', sources: [review, 'nice-cks-neck-pain'] },
  {
    id: 'constant-or-night-pain',
    group: 'doctor-first',
    sources: [review, 'nice-cks-neck-pain', 'nhs-neck-pain'],
  },
  {
    id: 'lump-or-spine-tenderness',
    group: 'doctor-first',
    sources: [review, 'nice-cks-neck-pain'],
  },
  // Over 50: new stiffness of both shoulders, with trouble raising the arms in the morning.
  {
    id: 'polymyalgia-signs',
    group: 'doctor-first',
    sources: [review, 'nhs-polymyalgia-rheumatica'],
  },
  // Pins and needles or numbness in an arm: a sign of a trapped nerve root (cervical
  // radiculopathy); a doctor first (clinical.md). Getting worse is "today", above.
  {
    id: 'arm-pins-and-needles',
    group: 'doctor-first',
    sources: [review, 'nice-cks-radiculopathy'],
  },
];

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
  return redFlags.some((flag) => flag.id === value);
}
