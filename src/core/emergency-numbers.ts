/**
 * The emergency telephone number for medical help, by region, shown as text only (the app
 * never dials). Source: each country's official emergency number as listed by the ITU
 * ("List of emergency numbers", ITU-T E.161.1 and the national listings) and the European
 * Commission's 112 pages. Where a country has a separate ambulance number, that is the one given.
 */
export interface EmergencyNumber {
  /** ISO 3166-1 alpha-2 region, or undefined when the region is not known. */
  readonly region: string | undefined;
  /** The number to show, e.g. "112". */
  readonly number: string;
  /** True when the region was recognised; false when this is the general fallback. */
  readonly isKnownRegion: boolean;
}

// 112 is the single emergency number across the European Union and works on most mobile
// networks elsewhere; it is also the fallback when the region is unknown.
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
  'NO',
  'CH',
  'LI',
  'AD',
] as const;

const byRegion: Readonly<Record<string, string>> = {
  ...Object.fromEntries(europe112.map((region) => [region, '112'])),
  GB: '999',
  US: '911',
  CA: '911',
  MX: '911',
  CL: '131',
  CO: '123',
  PE: '106',
  VE: '911',
  EC: '911',
  UY: '911',
  PY: '911',
  CR: '911',
  PA: '911',
  DO: '911',
  SV: '911',
  HN: '911',
  CU: '104',
  PR: '911',
  CN: '120',
  HK: '999',
  MO: '999',
  TW: '119',
  SG: '995',
  MY: '999',
  JP: '119',
  KR: '119',
  IN: '112',
  AU: '000',
  NZ: '111',
  ZA: '10177',
};

export const fallbackEmergencyNumber = '112';

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
    const number = region === undefined ? undefined : byRegion[region];
    if (region !== undefined && number !== undefined) {
      return { region, number, isKnownRegion: true };
    }
  }
  return { region: undefined, number: fallbackEmergencyNumber, isKnownRegion: false };
}
