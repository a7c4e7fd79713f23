import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  emergencyNumberFor,
  emergencyNumberSources,
  fallbackEmergencyNumber,
  regionOf,
} from './emergency-numbers';

describe('emergencyNumberFor', () => {
  it('gives 911 in the United States, 999 in the United Kingdom and 112 in Spain', () => {
    expect(emergencyNumberFor(['en-US']).number).toBe('911');
    expect(emergencyNumberFor(['en-GB']).number).toBe('999');
    expect(emergencyNumberFor(['es-ES']).number).toBe('112');
  });

  it('gives the ambulance number 120 in mainland China and 911 in Mexico', () => {
    expect(emergencyNumberFor(['zh-CN']).number).toBe('120');
    expect(emergencyNumberFor(['zh-Hans-CN']).number).toBe('120');
    expect(emergencyNumberFor(['es-MX']).number).toBe('911');
  });

  it('gives the ambulance number where it has its own: Norway 113, Switzerland and Liechtenstein 144', () => {
    expect(emergencyNumberFor(['nb-NO'])).toMatchObject({ number: '113', policeNumber: '112' });
    expect(emergencyNumberFor(['de-CH']).number).toBe('144');
    expect(emergencyNumberFor(['fr-CH']).number).toBe('144');
    expect(emergencyNumberFor(['de-LI']).number).toBe('144');
  });

  it('gives 112 across the EU/EEA where there is no separate ambulance number', () => {
    for (const tag of ['de-DE', 'fr-FR', 'it-IT', 'pl-PL', 'is-IS', 'es-ES']) {
      expect(emergencyNumberFor([tag])).toEqual({
        region: regionOf(tag),
        number: '112',
        isKnownRegion: true,
      });
    }
  });

  it('gives Argentina 107 for medical help, and 911 too (an ambulance in Buenos Aires Province)', () => {
    expect(emergencyNumberFor(['es-AR'])).toEqual({
      region: 'AR',
      number: '107',
      alsoNumber: '911',
      isKnownRegion: true,
    });
  });

  it('gives Bolivia no single number: the local one first, ambulances 165 or 168, police 110', () => {
    expect(emergencyNumberFor(['es-BO'])).toEqual({
      region: 'BO',
      policeNumber: '110',
      ambulanceNumbers: ['165', '168'],
      isKnownRegion: true,
    });
  });

  it('gives Equatorial Guinea no unchecked number (not the 112 fallback): the local one', () => {
    expect(emergencyNumberFor(['es-GQ'])).toEqual({ region: 'GQ', isKnownRegion: true });
  });

  it('knows the Spanish-speaking countries of the Americas it has checked, none left at 112', () => {
    const checked = {
      'es-GT': '122',
      'es-NI': '128',
      'es-SV': '911',
      'es-HN': '911',
      'es-CR': '911',
      'es-PA': '911',
      'es-CU': '104',
      'es-DO': '911',
      'es-PR': '911',
      'es-CO': '123',
      'es-VE': '911',
      'es-EC': '911',
      'es-PE': '106',
      'es-CL': '131',
      'es-PY': '911',
      'es-UY': '911',
      'es-MX': '911',
      'es-AR': '107',
    };
    for (const [tag, number] of Object.entries(checked)) {
      expect(emergencyNumberFor([tag]), tag).toMatchObject({ number, isKnownRegion: true });
    }
  });

  it('uses the first language whose region it knows', () => {
    expect(emergencyNumberFor(['es', 'fr-XX', 'en-AU', 'en-US'])).toEqual({
      region: 'AU',
      number: '000',
      isKnownRegion: true,
    });
  });

  it('falls back to 112 and says so when no region is known', () => {
    expect(emergencyNumberFor(['es', 'zh-Hans'])).toEqual({
      region: undefined,
      number: fallbackEmergencyNumber,
      isKnownRegion: false,
    });
    expect(emergencyNumberFor([])).toMatchObject({ number: '112', isKnownRegion: false });
  });

  it('always answers with a short number made of digits, whatever the language tags', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (tags) => {
        expect(emergencyNumberFor(tags).number).toMatch(/^\d{3,5}$/);
      }),
    );
  });
});

describe('regionOf', () => {
  it('reads the region from a language tag, skipping scripts and numeric areas', () => {
    expect(regionOf('es-MX')).toBe('MX');
    expect(regionOf('zh_Hans_cn')).toBe('CN');
    expect(regionOf('es-419')).toBeUndefined();
    expect(regionOf('en')).toBeUndefined();
  });
});

describe('emergencyNumberSources', () => {
  it('cites the EU law behind 112 and a published page, not only the team review', () => {
    expect(emergencyNumberSources).toContain('eu-eecc-2018-1972');
    expect(
      emergencyNumberSources.filter((id) => id !== 'acupress-clinical-review').length,
    ).toBeGreaterThan(1);
  });
});
