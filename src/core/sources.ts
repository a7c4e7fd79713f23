/** Every published source the app's clinical content cites. Shown on the Sources page. */
export type SourceId =
  | 'article'
  | 'who-2008'
  | 'gb-t-12346'
  | 'umn-taking-charge'
  | 'msk-self-acupressure'
  | 'nice-cks-neck-pain'
  | 'nice-cks-radiculopathy'
  | 'nhs-neck-pain'
  | 'nhs-meningitis'
  | 'stiell-2001'
  | 'acupress-clinical-review';

export interface Source {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher: string;
  readonly year?: number;
}

export const sources: Readonly<Record<SourceId, Source>> = {
  article: {
    id: 'article',
    title: 'Acupressure Points for Stiff Neck and Neck Pain',
    publisher: 'healthmad.com (the self-care article this app is built from)',
  },
  'who-2008': {
    id: 'who-2008',
    title: 'WHO Standard Acupuncture Point Locations in the Western Pacific Region',
    publisher: 'World Health Organization, Western Pacific Region',
    year: 2008,
  },
  'gb-t-12346': {
    id: 'gb-t-12346',
    title:
      'Chinese national standard for the names and locations of acupuncture points (GB/T 12346)',
    publisher: 'Standardization Administration of China',
  },
  'umn-taking-charge': {
    id: 'umn-taking-charge',
    title: 'Acupressure: how to do it (Taking Charge of Your Wellbeing)',
    publisher: 'University of Minnesota',
  },
  'msk-self-acupressure': {
    id: 'msk-self-acupressure',
    title: 'Self-acupressure guides',
    publisher: 'Memorial Sloan Kettering Cancer Center',
  },
  'nice-cks-neck-pain': {
    id: 'nice-cks-neck-pain',
    title: 'Neck pain – non-specific (Clinical Knowledge Summaries)',
    publisher: 'NICE',
  },
  'nice-cks-radiculopathy': {
    id: 'nice-cks-radiculopathy',
    title: 'Neck pain – cervical radiculopathy (Clinical Knowledge Summaries)',
    publisher: 'NICE',
  },
  'nhs-neck-pain': { id: 'nhs-neck-pain', title: 'Neck pain', publisher: 'NHS' },
  'nhs-meningitis': { id: 'nhs-meningitis', title: 'Meningitis', publisher: 'NHS' },
  'stiell-2001': {
    id: 'stiell-2001',
    title: 'The Canadian C-spine rule for radiography in alert and stable trauma patients (JAMA)',
    publisher: 'Stiell et al.',
    year: 2001,
  },
  'acupress-clinical-review': {
    id: 'acupress-clinical-review',
    title:
      'Acupress clinical content review: cautions standard sources add to the article (pregnancy, skin, medical conditions, neck arteries)',
    publisher: 'Acupress team',
  },
};
