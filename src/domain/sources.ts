/** Every published source the app's clinical content cites. Shown on the Sources page. */
export type SourceId =
  | 'article'
  | 'who-2008'
  | 'gb-t-40997-2021'
  | 'umn-taking-charge'
  | 'msk-self-acupressure'
  | 'roswell-park-self-acupressure'
  | 'vertebral-artery-massage-2018'
  | 'nice-cks-neck-pain'
  | 'nice-cks-radiculopathy'
  | 'nhs-neck-pain'
  | 'nhs-meningitis'
  | 'nhs-giant-cell-arteritis'
  | 'nhs-polymyalgia-rheumatica'
  | 'stiell-2001'
  | 'kovacs-2008'
  | 'matsubara-2011'
  | 'kwon-lee-2018'
  | 'edido-cuh-2021'
  | 'cochrane-massage-2024'
  | 'yeung-2024'
  | 'zick-2026'
  | 'li-2018'
  | 'eu-eecc-2018-1972'
  | 'ec-112'
  | 'itu-emergency-numbers'
  | 'viken-varsling'
  | 'ch-emergency-numbers'
  | 'buenos-aires-same-107'
  | 'buenos-aires-911'
  | 'li-bua-2016-94'
  | 'bolivia-minsalud-2025'
  | 'conred-2024'
  | 'nicaragua-press-128-118'
  | 'acupress-clinical-review'
  | 'ahrq-n-of-1-2014'
  | 'chen-chen-2014'
  | 'nist-t-table';

export interface Source {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher: string;
  readonly year?: number;
  /** The language of the title and publisher, when not English (e.g. 'es'). */
  readonly lang?: string;
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
  // Extra points such as Wailaogong (EX-UE8) are not in WHO 2008; this standard gives them.
  'gb-t-40997-2021': {
    id: 'gb-t-40997-2021',
    title:
      'GB/T 40997-2021 经外奇穴名称与定位 (Nomenclature and location of extra acupuncture points), Chinese national standard',
    publisher:
      'State Administration for Market Regulation; Standardization Administration of China',
    year: 2021,
  },
  'umn-taking-charge': {
    id: 'umn-taking-charge',
    title: 'Acupressure: how to do it (Taking Charge of Your Wellbeing)',
    publisher: 'University of Minnesota',
  },
  'msk-self-acupressure': {
    id: 'msk-self-acupressure',
    title: 'Self-acupressure guides (for example, Acupressure for Pain and Headaches)',
    publisher: 'Memorial Sloan Kettering Cancer Center',
  },
  'roswell-park-self-acupressure': {
    id: 'roswell-park-self-acupressure',
    title: 'Acupressure — self-care at home (Cancer Talk)',
    publisher: 'Roswell Park Comprehensive Cancer Center',
    year: 2023,
  },
  'vertebral-artery-massage-2018': {
    id: 'vertebral-artery-massage-2018',
    title:
      '“Crick” in neck followed by massage led to stroke: uncommon case of vertebral artery dissection (World Neurosurgery 115:41–43)',
    publisher: 'World Neurosurgery (case report)',
    year: 2018,
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
  'nhs-giant-cell-arteritis': {
    id: 'nhs-giant-cell-arteritis',
    title: 'Giant cell arteritis',
    publisher: 'NHS',
  },
  'nhs-polymyalgia-rheumatica': {
    id: 'nhs-polymyalgia-rheumatica',
    title: 'Polymyalgia rheumatica',
    publisher: 'NHS',
  },
  'stiell-2001': {
    id: 'stiell-2001',
    title: 'The Canadian C-spine rule for radiography in alert and stable trauma patients (JAMA)',
    publisher: 'Stiell et al.',
    year: 2001,
  },
  // The personal trial's design and analysis (src/features/trial/core/).
  'ahrq-n-of-1-2014': {
    id: 'ahrq-n-of-1-2014',
    title:
      'Design and Implementation of N-of-1 Trials: A User’s Guide (chapter 4, statistical design and analysis)',
    publisher: 'Agency for Healthcare Research and Quality (Kravitz, Duan, eds.)',
    year: 2014,
  },
  'chen-chen-2014': {
    id: 'chen-chen-2014',
    title: 'A comparison of four methods for the analysis of N-of-1 trials (PLoS ONE 9(2):e87752)',
    publisher: 'Chen and Chen',
    year: 2014,
  },
  'nist-t-table': {
    id: 'nist-t-table',
    title:
      'e-Handbook of Statistical Methods, 1.3.6.7.2: critical values of the Student’s t distribution',
    publisher: 'NIST/SEMATECH',
  },
  'kovacs-2008': {
    id: 'kovacs-2008',
    title:
      'Minimum detectable and minimal clinically important changes for pain in patients with nonspecific neck pain (BMC Musculoskeletal Disorders 9:43)',
    publisher: 'Kovacs et al.',
    year: 2008,
  },
  'matsubara-2011': {
    id: 'matsubara-2011',
    title:
      'Comparative effects of acupressure at local and distal acupuncture points on pain conditions and autonomic function in females with chronic neck pain (Evidence-Based Complementary and Alternative Medicine, article 543291)',
    publisher: 'Matsubara et al.',
    year: 2011,
  },
  'kwon-lee-2018': {
    id: 'kwon-lee-2018',
    title:
      'Clinical effects of acupressure on neck pain syndrome (nakchim): a systematic review (Integrative Medicine Research 7(3):219–230)',
    publisher: 'Kwon and Lee',
    year: 2018,
  },
  'edido-cuh-2021': {
    id: 'edido-cuh-2021',
    title:
      'Effectiveness of self-applied acupressure for cervical pain of benign origin (EDIDO-CUH): a randomized controlled clinical trial (Acupuncture in Medicine 39(5):441–451)',
    publisher: 'Calvo Trujillo et al.',
    year: 2021,
  },
  'cochrane-massage-2024': {
    id: 'cochrane-massage-2024',
    title: 'Massage for neck pain (Cochrane Database of Systematic Reviews, CD004871)',
    publisher: 'Gross et al., Cochrane',
    year: 2024,
  },
  // The emergency numbers (src/features/safety/core/emergency-numbers.ts), as cited there.
  'yeung-2024': {
    id: 'yeung-2024',
    title:
      'A randomized clinical trial of self-administered acupressure for knee osteoarthritis, 314 adults (JAMA Network Open 2024;7(4):e245830)',
    publisher: 'Yeung et al.',
    year: 2024,
  },
  'zick-2026': {
    id: 'zick-2026',
    title:
      'A randomized trial of app-taught self-acupressure, true and sham points, for fatigue after ovarian cancer, 171 women (JAMA Network Open)',
    publisher: 'Zick et al.',
    year: 2026,
  },
  'li-2018': {
    id: 'li-2018',
    title:
      'A randomized trial of self-acupressure, true and sham points, against usual care for knee osteoarthritis, 150 adults (Arthritis Care & Research 2018;70(2):221–229)',
    publisher: 'Li et al.',
    year: 2018,
  },
  'eu-eecc-2018-1972': {
    id: 'eu-eecc-2018-1972',
    title:
      'Directive (EU) 2018/1972 establishing the European Electronic Communications Code, Art. 109 (emergency communications and the single European emergency number 112)',
    publisher: 'European Parliament and Council of the European Union',
    year: 2018,
  },
  'ec-112': {
    id: 'ec-112',
    title: '112 – the European emergency number',
    publisher: 'European Commission',
  },
  'itu-emergency-numbers': {
    id: 'itu-emergency-numbers',
    title: 'List of emergency numbers (ITU-T E.161.1 and the national listings)',
    publisher: 'International Telecommunication Union (ITU)',
  },
  'viken-varsling': {
    id: 'viken-varsling',
    title: '“Varsling” (a lesson on Norway’s emergency numbers: 113 medical, 112 police, 110 fire)',
    publisher: 'Viken fylkeskommune',
  },
  'ch-emergency-numbers': {
    id: 'ch-emergency-numbers',
    title: 'Emergency numbers',
    publisher: 'ch.ch, the Swiss federal portal',
  },
  'buenos-aires-same-107': {
    id: 'buenos-aires-same-107',
    title: 'SAME, Sistema de Atención Médica de Emergencias: línea 107',
    publisher: 'Gobierno de la Ciudad de Buenos Aires',
    lang: 'es',
  },
  'buenos-aires-911': {
    id: 'buenos-aires-911',
    title: 'Emergencias 911',
    publisher: 'Ministerio de Seguridad de la Provincia de Buenos Aires',
    lang: 'es',
  },
  'li-bua-2016-94': {
    id: 'li-bua-2016-94',
    title:
      'Bericht und Antrag 2016/94: Abänderung des Polizeigesetzes (Sanitätsnotruf 144 in der Landesnotruf- und Einsatzzentrale)',
    publisher: 'Regierung des Fürstentums Liechtenstein',
    year: 2016,
    lang: 'de',
  },
  'bolivia-minsalud-2025': {
    id: 'bolivia-minsalud-2025',
    title: 'Plan de Atención Médica de Emergencia: líneas de emergencia por departamento',
    publisher: 'Ministerio de Salud y Deportes de Bolivia',
    year: 2025,
    lang: 'es',
  },
  'conred-2024': {
    id: 'conred-2024',
    title: 'Números de emergencia (nota de prensa 181-2024)',
    publisher: 'CONRED, Coordinadora Nacional para la Reducción de Desastres (Guatemala)',
    year: 2024,
    lang: 'es',
  },
  'nicaragua-press-128-118': {
    id: 'nicaragua-press-128-118',
    title:
      'National press reports of the Cruz Blanca (128, first aid and ambulance) and of the Policía Nacional’s 118 emergency centre (not an official page)',
    publisher: 'Nicaraguan national press',
  },
  'acupress-clinical-review': {
    id: 'acupress-clinical-review',
    title:
      'Acupress clinical content review: cautions standard sources add to the article (pregnancy, skin, medical conditions, neck arteries)',
    publisher: 'Acupress team',
  },
};

/** The studies the About page describes, each with the source it cites. */
export const evidenceSources = {
  matsubara: 'matsubara-2011',
  kwon: 'kwon-lee-2018',
  selfApplied: 'edido-cuh-2021',
  cochrane: 'cochrane-massage-2024',
} as const satisfies Readonly<Record<string, SourceId>>;
export type EvidenceStudy = keyof typeof evidenceSources;

/**
 * Recent, larger trials of self-applied acupressure in other conditions, which About describes:
 * small benefits over no pressing, and sham points about as good as true ones. Source:
 * clinical.md "What the evidence says".
 */
export const otherConditionSources = {
  yeung: 'yeung-2024',
  zick: 'zick-2026',
  li: 'li-2018',
} as const satisfies Readonly<Record<string, SourceId>>;
export type OtherConditionStudy = keyof typeof otherConditionSources;

/**
 * The journal's note on what a change on the 0–10 scale means. Source: Kovacs et al. 2008: the
 * smallest change detectable beyond measurement noise is 4.0 points, the smallest meaningful
 * change 1.5 points, for neck pain on the 0–10 numeric rating scale.
 */
export const painScaleSources: readonly SourceId[] = ['kovacs-2008'];
export const minDetectableChange0to10 = 4;
export const minImportantChange0to10 = 1.5;

/** How long and how often to press: the article and the guides in clinical.md "Pressure and time". */
export const timingSources: readonly SourceId[] = [
  'article',
  'umn-taking-charge',
  'msk-self-acupressure',
];

/** What the personal trial's plan, analysis and thresholds rest on (with kovacs-2008). */
export const trialSources: readonly SourceId[] = [
  'ahrq-n-of-1-2014',
  'chen-chen-2014',
  'nist-t-table',
  'kovacs-2008',
];
