import { describe, expect, it } from 'vitest';
import { keyUsage } from './catalog-usage';

const usage = keyUsage([
  { path: 'a.tsx', text: "t('home.title'); t(\"nav.help\"); tCount('journal.sessions', n);" },
  { path: 'b.tsx', text: 't(`safety.flag.${flag.id}`); t(`safety.advice.${group}.title`);' },
]);

describe('keyUsage', () => {
  it('counts a key used when the code names it in quotes', () => {
    expect(usage.isUsed('home.title')).toBe(true);
    expect(usage.isUsed('nav.help')).toBe(true);
  });

  it('counts keys that a template literal builds, and only those', () => {
    expect(usage.isUsed('safety.flag.neck-injury')).toBe(true);
    expect(usage.isUsed('safety.advice.emergency.title')).toBe(true);
    expect(usage.isUsed('safety.advice.emergency.body')).toBe(false);
  });

  it("counts the plural forms of tCount's base", () => {
    expect(usage.isUsed('journal.sessions.one')).toBe(true);
    expect(usage.isUsed('journal.sessions.other')).toBe(true);
  });

  it('reports a key that nothing uses', () => {
    expect(usage.isUsed('home.unused')).toBe(false);
    expect(usage.isUsed('nav')).toBe(false);
  });
});
