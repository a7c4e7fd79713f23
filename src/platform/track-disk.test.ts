import { describe, expect, it } from 'vitest';
import { isStale, staleAfterMs } from './track-disk';

describe('a rendered part left on the disk', () => {
  const now = Date.UTC(2026, 11, 7, 12);

  it('belongs to a session that may still run for six hours after it was written', () => {
    expect(isStale(now - 3 * 60 * 60 * 1000, now)).toBe(false);
    expect(isStale(now - staleAfterMs, now)).toBe(false);
  });

  it('is one a closed page left behind after that', () => {
    expect(isStale(now - staleAfterMs - 1, now)).toBe(true);
  });
});
