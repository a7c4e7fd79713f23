import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emergencyNumberFor, fallbackEmergencyNumber, regionOf } from './emergency-numbers';

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
