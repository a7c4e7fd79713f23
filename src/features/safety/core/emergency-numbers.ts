import type { SourceId } from '../../../domain/sources';

/**
 * The emergency telephone number for medical help, by region, shown as text only (the app
 * never dials). Source: each country's official emergency number as listed by the ITU
 * ("List of emergency numbers", ITU-T E.161.1 and the national listings) and the European
 * Commission's 112 pages. Where a country has a separate ambulance number, that is the one given.
 */
export interface EmergencyNumber {
  /** ISO 3166-1 alpha-2 region, or undefined when the region is not known. */
  readonly region: string | undefined;
  /**
   * The number to show for medical help (the ambulance where it has its own), e.g. "112";
   * undefined where there is no single number to give: "call your local emergency number".
   */
  readonly number?: string;
  /** Where the ambulance number does not reach the police, the police number, e.g. "911". */
  readonly policeNumber?: string;
  /** Ambulance numbers that differ by area, when there is no single number (Bolivia). */
  readonly ambulanceNumbers?: readonly string[];
  /** A second number that also sends an ambulance in part of the country (Argentina's 911). */
  readonly alsoNumber?: string;
  /** True when the region was recognised; false when this is the general fallback. */
  readonly isKnownRegion: boolean;
}

interface RegionNumbers {
  readonly number?: string;
  readonly policeNumber?: string;
  readonly ambulanceNumbers?: readonly string[];
  readonly alsoNumber?: string;
}

// 112 is the single European emergency number: EU law (European Electronic Communications Code,
// Directive (EU) 2018/1972, Art. 109) makes every member state answer it free of charge from any
// phone, and the EEA countries (Iceland, Liechtenstein, Norway) apply the same rule. So in the
// EU/EEA 112 always reaches help, the ambulance included, and where the country has no separate
// ambulance number it is the one we show. Where the ambulance has its own number and 112 goes
// to the police first, we show the ambulance number: Norway and Liechtenstein (112 works there
// too) and Switzerland (not in the EU/EEA; 112 works there too). Andorra answers 112 as well.
// Source: European Commission, "112 – the European emergency number"; clinical.md.
const europe112 = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'AD',
] as const;

const byRegion: Readonly<Record<string, RegionNumbers>> = {
  ...Object.fromEntries(europe112.map((region) => [region, { number: '112' }])),
  // Norway: 113 medical emergencies (ambulance), 112 police, 110 fire. Source: clinical.md;
  // Norway's public guidance on its three emergency numbers (e.g. Viken fylkeskommune's
  // "Varsling" lesson: "Medical emergency telephone 113", "in Norway [112] is the emergency
  // number for the police").
  NO: { number: '113', policeNumber: '112' },
  // Switzerland: 144 ambulance, 117 police (112 reaches the police control centre).
  // Source: ch.ch, the Swiss federal portal, "Emergency numbers" (Ambulance 144, Police 117).
  CH: { number: '144', policeNumber: '117' },
  // Liechtenstein: 144 Sanitätsnotruf (ambulance), 117 police, 118 fire; the national call
  // centre (LNEZ) of the Landespolizei answers 117, 118 and 112, and 144 since October 2017.
  // Source: Government of Liechtenstein, Bericht und Antrag 2016/94 (Polizeigesetz,
  // Sanitätsnotruf), bua.regierung.li.
  LI: { number: '144', policeNumber: '117' },
  GB: { number: '999' },
  US: { number: '911' },
  CA: { number: '911' },
  MX: { number: '911' },
  CL: { number: '131' },
  CO: { number: '123' },
  PE: { number: '106' },
  VE: { number: '911' },
  EC: { number: '911' },
  UY: { number: '911' },
  PY: { number: '911' },
  CR: { number: '911' },
  PA: { number: '911' },
  DO: { number: '911' },
  SV: { number: '911' },
  HN: { number: '911' },
  CU: { number: '104' },
  PR: { number: '911' },
  // Argentina: 107 medical emergencies (SAME); 911 reaches the police, and in Buenos Aires
  // Province it also sends ambulances ("107 (emergencias médicas) · 911"). Source: clinical.md;
  // Government of the City of Buenos Aires, SAME (Sistema de Atención Médica de
  // Emergencias), line 107; Buenos Aires Province Ministry of Security, "Emergencias 911".
  AR: { number: '107', alsoNumber: '911' },
  // Bolivia has no single national number: police 110; ambulances 165 or 168, by department.
  // So the app leads with "call your local emergency number". Source: clinical.md;
  // Ministerio de Salud y Deportes, departmental emergency lines (168 in several departments),
  // as published for the 2025 elections.
  BO: { policeNumber: '110', ambulanceNumbers: ['165', '168'] },
  // Equatorial Guinea: no number we could check against an official page, so none is shown:
  // "call your local emergency number" (better than the 112 fallback, which may not answer).
  GQ: {},
  // Guatemala: 122 Bomberos Voluntarios (rescue and ambulance, nationwide; 123 municipal
  // firefighters), 110 Policía Nacional Civil. Source: CONRED (national disaster agency), press
  // note 181-2024, "Números de emergencia".
  GT: { number: '122', policeNumber: '110' },
  // Nicaragua: 128 Cruz Blanca, the national first-aid and ambulance line under the Ministry of
  // Health (Ley 1155, 2023), 118 Policía Nacional. Source: national press reports of the
  // Cruz Blanca and of the Policía Nacional's 118 emergency centre (not an official page).
  NI: { number: '128', policeNumber: '118' },
  CN: { number: '120' },
  HK: { number: '999' },
  MO: { number: '999' },
  TW: { number: '119' },
  SG: { number: '995' },
  MY: { number: '999' },
  JP: { number: '119' },
  KR: { number: '119' },
  IN: { number: '112' },
  AU: { number: '000' },
  NZ: { number: '111' },
  ZA: { number: '10177' },
};

export const fallbackEmergencyNumber = '112';

/** The sources cited above, listed on the Sources page and the help page. */
export const emergencyNumberSources: readonly SourceId[] = [
  'eu-eecc-2018-1972',
  'ec-112',
  'itu-emergency-numbers',
  'viken-varsling',
  'ch-emergency-numbers',
  'buenos-aires-same-107',
  'buenos-aires-911',
  'li-bua-2016-94',
  'bolivia-minsalud-2025',
  'conred-2024',
  'nicaragua-press-128-118',
  'acupress-clinical-review',
];

/** The region of a BCP 47 language tag ("es-MX" → "MX", "zh-Hans-CN" → "CN"), if it has one. */
export function regionOf(languageTag: string): string | undefined {
  const parts = languageTag.split(/[-_]/).slice(1);
  const region = parts.find((part) => /^[A-Za-z]{2}$/.test(part) || /^\d{3}$/.test(part));
  return region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : undefined;
}

/** The first of the user's languages whose region has a known number; else the fallback. */
export function emergencyNumberFor(languageTags: readonly string[]): EmergencyNumber {
  for (const tag of languageTags) {
    const region = regionOf(tag);
    const numbers = region === undefined ? undefined : byRegion[region];
    if (region !== undefined && numbers !== undefined) {
      // A region without numbers (Equatorial Guinea) still counts: the local number, said so.
      return { region, ...numbers, isKnownRegion: true };
    }
  }
  return { region: undefined, number: fallbackEmergencyNumber, isKnownRegion: false };
}
