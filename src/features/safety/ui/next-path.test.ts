import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('goes to a path inside the app', () => {
    expect(safeNextPath('/session')).toBe('/session');
    expect(safeNextPath('/settings')).toBe('/settings');
  });

  it('goes to the session when nothing or something outside the app is asked for', () => {
    for (const next of [undefined, '', 'https://example.com', '//example.com', '/\\example.com']) {
      expect(safeNextPath(next)).toBe('/session');
    }
  });

  it('never loops back to the screening itself', () => {
    expect(safeNextPath('/safety?next=/session')).toBe('/session');
  });
});
