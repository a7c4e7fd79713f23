import { describe, expect, it } from 'vitest';
import { keyUsage } from '../../test/catalog-usage';
import { findClaims } from '../../test/wording';
import { findPoint, pointIds } from '../domain/points';
import { englishPointText, type PointCatalog, type PointText } from '../i18n/point-text';
import type { Locale } from '../i18n/i18n';
import { en } from './en';
import { es } from './es';
import { esPoints } from '../features/guide/messages/es-points';
import { zhHans } from './zh-hans';
import { zhHansPoints } from '../features/guide/messages/zh-hans-points';

/**
 * Catalog checks the compiler cannot make (it checks that every language has every English key
 * and no other): no empty message, the same {placeholders}, every key used by the code, every
 * point text translated whole.
 */
const translations: readonly (readonly [
  Locale,
  Record<string, string | undefined>,
  PointCatalog,
])[] = [
  ['es', es, esPoints],
  ['zh-Hans', zhHans, zhHansPoints],
];

/** Messages that read the same in every language: names, codes and language endonyms. */
const sameEverywhere = new Set([
  'app.name',
  'safety.language.en',
  'safety.language.es',
  'safety.language.zh-Hans',
  'guide.label.fengchi',
]);
/** Spanish keeps "cun", the body-width unit, as it is. */
const sameInSpanish = new Set(['guide.label.oneCun', 'guide.label.threeCun']);

/** A message made only of placeholders and punctuation has nothing to translate. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ''));

/**
 * English keys the code does not use yet, each owned by another feature: listed here so that
 * the check still fails on any new unused key. Their owners use or delete them, then drop them.
 */
const knownUnused = new Set(['camera.zoneLabel']);

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const sourceFiles = import.meta.glob(
  [
    '/src/**/*.{ts,tsx}',
    '!/src/catalogs/**',
    '!/src/features/*/messages/**',
    '!/src/features/*/messages/**',
    '!/src/**/*.test.{ts,tsx}',
  ],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

const englishKeys = Object.keys(en);

describe('the English catalog', () => {
  it('has only keys that the code uses', () => {
    const usage = keyUsage(Object.entries(sourceFiles).map(([path, text]) => ({ path, text })));
    expect(Object.keys(sourceFiles).length).toBeGreaterThan(20);
    expect(englishKeys.filter((key) => !usage.isUsed(key) && !knownUnused.has(key))).toEqual([]);
  });

  it('lists as not yet used only keys that exist and are still unused', () => {
    const usage = keyUsage(Object.entries(sourceFiles).map(([path, text]) => ({ path, text })));
    expect([...knownUnused].filter((key) => !(key in en) || usage.isUsed(key))).toEqual([]);
  });
});

describe.each(translations)('the %s catalog', (lang, catalog, points) => {
  // Every English key and no other: the compiler checks that (each part is typed in full).
  it('leaves no message empty', () => {
    expect(englishKeys.filter((key) => !catalog[key]?.trim())).toEqual([]);
  });

  it('keeps the same {placeholders} as English in every message', () => {
    const differing = englishKeys.filter(
      (key) =>
        catalog[key] !== undefined &&
        placeholders(catalog[key] ?? '').join() !== placeholders(en[key as keyof typeof en]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('translates every message but names and codes', () => {
    const untranslated = englishKeys.filter(
      (key) =>
        catalog[key] === en[key as keyof typeof en] &&
        hasWords(catalog[key] ?? '') &&
        !sameEverywhere.has(key) &&
        !(lang === 'es' && sameInSpanish.has(key)),
    );
    expect(untranslated).toEqual([]);
  });

  it('makes no claim to cure, treat, heal or relieve', () => {
    const claims = Object.entries(catalog).flatMap(([key, text]) =>
      findClaims(text ?? '', lang).map((word) => `${key}: ${word}`),
    );
    expect(claims).toEqual([]);
  });

  it.each(pointIds)('translates every text of %s, step for step', (id) => {
    const english = englishPointText(id);
    const text: PointText = points[id];
    expect(text.findSteps).toHaveLength(english.findSteps.length);
    expect(Object.keys(text.cautions).sort()).toEqual(Object.keys(english.cautions).sort());
    const pairs: [string, string][] = [
      [text.name, english.name],
      [text.articleHeading, english.articleHeading],
      [text.articleInstructions, english.articleInstructions],
      [text.location, english.location],
      [text.findShort, english.findShort],
      [text.sidesWhy, english.sidesWhy],
      [text.pressure, english.pressure],
      ...text.findSteps.map((step, index): [string, string] => [
        step,
        english.findSteps[index] ?? '',
      ]),
    ];
    for (const [translated, original] of pairs) {
      expect(translated.trim()).not.toBe('');
      expect(translated).not.toBe(original);
    }
    const claimable = [
      text.location,
      text.findShort,
      text.sidesWhy,
      text.pressure,
      ...text.findSteps,
    ];
    expect(claimable.flatMap((part) => findClaims(part, lang))).toEqual([]);
  });
});

describe('Chinese point names', () => {
  it('use the standard characters from the clinical notes', () => {
    for (const id of pointIds) {
      expect(zhHansPoints[id].name).toContain(findPoint(id).hanzi);
    }
  });
});

describe('the pregnancy cautions', () => {
  // Source: clinical.md "Cautions": "pregnant or could be pregnant", wherever pregnancy is asked.
  const couldBe = { en: 'or could be pregnant', es: 'o podrías estarlo', 'zh-Hans': '或可能怀孕' };
  const catalogs = [['en', en, undefined] as const, ...translations];
  const avoided = pointIds.filter((id) => findPoint(id).isAvoidedInPregnancy);

  it('say "or could be pregnant" at each point and on the print sheet, in every language', () => {
    for (const [lang, catalog, pointCatalog] of catalogs) {
      const phrase = couldBe[lang];
      expect(catalog['guide.print.pregnancy'], lang).toContain(phrase);
      for (const point of avoided) {
        const text =
          pointCatalog?.[point].cautions.pregnancy ?? englishPointText(point).cautions.pregnancy;
        expect(text, `${lang} ${point}`).toContain(phrase);
      }
    }
  });
});
