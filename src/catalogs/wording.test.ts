import { describe, expect, it } from 'vitest';
import { findClaims } from '../../test/wording';
import { pointIds } from '../domain/points';
import { englishPointText, type PointCatalog, type PointText } from '../i18n/point-text';
import type { Locale } from '../i18n/i18n';
import { en } from './en';
import { es } from './es';
import { esPoints } from '../features/guide/messages/es-points';
import { zhHans } from './zh-hans';
import { zhHansPoints } from '../features/guide/messages/zh-hans-points';

/** Every user-facing string of a point, except the article's own words (shown as a quote). */
function pointStrings(text: PointText): string[] {
  return [
    text.name,
    text.articleHeading,
    text.location,
    ...text.findSteps,
    text.findShort,
    text.sidesWhy,
    text.pressure,
    ...Object.values(text.cautions),
  ];
}

function claimsIn(entries: Iterable<readonly [string, string]>, lang: Locale): string[] {
  const problems: string[] = [];
  for (const [where, text] of entries) {
    const claims = findClaims(text, lang);
    if (claims.length > 0) problems.push(`${where}: "${claims.join('", "')}" in "${text}"`);
  }
  return problems;
}

describe('the wording check', () => {
  it('catches a claim to cure, treat, heal or relieve, in each language', () => {
    expect(findClaims('Acupress cures a stiff neck.', 'en')).toEqual(['cures']);
    expect(findClaims('Press here to relieve neck pain.', 'en')).toEqual(['relieve']);
    expect(findClaims('A natural treatment that heals.', 'en')).toEqual(['treatment', 'heals']);
    expect(findClaims('Esta rutina alivia el dolor y cura la rigidez.', 'es')).toEqual([
      'alivia',
      'cura',
    ]);
    expect(findClaims('按压可以缓解颈部疼痛。', 'zh-Hans')).toEqual(['缓解']);
  });

  it('catches a claim to ease or soothe, and its Spanish and Chinese kin', () => {
    expect(findClaims('Ease a stiff neck, one point at a time', 'en')).toEqual(['Ease']);
    expect(findClaims('A routine that soothes and eases neck pain.', 'en')).toEqual([
      'soothes',
      'eases',
    ]);
    expect(
      findClaims('Esta rutina calma el dolor, quita la rigidez y mejora tu cuello.', 'es'),
    ).toEqual(['calma', 'quita', 'mejora']);
    expect(findClaims('Calmará el dolor y lo calmarán.', 'es')).toEqual(['Calmará', 'calmarán']);
    expect(findClaims('按压可以减轻疼痛、止痛、改善僵硬，舒缓颈部。', 'zh-Hans')).toEqual([
      '减轻',
      '止痛',
      '改善',
      '舒缓',
    ]);
  });

  it('catches "works" framing: works, effective, funciona, eficaz, 有效, 有帮助', () => {
    expect(findClaims('Help you see what works for you.', 'en')).toEqual(['works']);
    expect(findClaims('An effective routine for neck pain.', 'en')).toEqual(['effective']);
    expect(findClaims('Mira qué te funciona: una rutina eficaz.', 'es')).toEqual([
      'funciona',
      'eficaz',
    ]);
    expect(findClaims('看看它对你是否有帮助，这个方法很有效。', 'zh-Hans')).toEqual([
      '有帮助',
      '有效',
    ]);
  });

  it('lets through only the reviewed exceptions to those words', () => {
    expect(findClaims('No account, no tracking, works offline.', 'en')).toEqual([]);
    expect(findClaims('Después funciona sin conexión.', 'es')).toEqual([]);
    expect(findClaims('我今天吃了止痛药。', 'zh-Hans')).toEqual([]);
    expect(findClaims('这个文件不是有效的 JSON。', 'zh-Hans')).toEqual([]);
    expect(
      findClaims(
        '1.5 points is the smallest improvement people treated for neck pain found meaningful.',
        'en',
      ),
    ).toEqual([]);
    expect(findClaims('It is not a diagnosis, and not a test of a treatment.', 'en')).toEqual([]);
    // The same words outside those phrases still count.
    expect(findClaims('It works offline and it works for neck pain.', 'en')).toEqual(['works']);
    expect(findClaims('这是止痛的方法。', 'zh-Hans')).toEqual(['止痛']);
  });

  it('leaves alone words that only look like those claims', () => {
    expect(findClaims('Easiest with a loose fist; it is easy and easily done.', 'en')).toEqual([]);
    expect(findClaims('Respira con calma. Para obtener mejores resultados, sigue.', 'es')).toEqual(
      [],
    );
  });

  it('lets through a disclaimer that says what the app is not', () => {
    expect(findClaims('This is a comfort routine, not a diagnosis or treatment.', 'en')).toEqual(
      [],
    );
    expect(findClaims('No es un diagnóstico ni un tratamiento.', 'es')).toEqual([]);
    expect(findClaims('这不是诊断或治疗。', 'zh-Hans')).toEqual([]);
  });

  it('lets through a quote of the article only in the sentence that says it is the article', () => {
    const quoted = 'The article says: “Acupressure can help relieve pain.” Acupress heals you.';
    expect(findClaims(quoted, 'en')).toEqual(['heals']);
    expect(findClaims('“Acupressure can help relieve pain.”', 'en')).toEqual(['relieve']);
  });
});

describe('user-facing wording', () => {
  it('makes no claim to cure, treat, heal, relieve, ease or soothe in any English message', () => {
    expect(claimsIn(Object.entries(en), 'en')).toEqual([]);
  });

  it('makes no such claim in any Spanish or Chinese message', () => {
    expect(claimsIn(Object.entries(es), 'es')).toEqual([]);
    expect(claimsIn(Object.entries(zhHans), 'zh-Hans')).toEqual([]);
  });

  it('makes no such claim where stores and search engines look: manifest and page description', () => {
    const files = import.meta.glob(['/index.html', '/build/pwa.mjs'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    const html = files['/index.html'] ?? '';
    const pwa = files['/build/pwa.mjs'] ?? '';
    const texts = [
      ...html.matchAll(/name="description"\s+content="([^"]+)"/g),
      ...pwa.matchAll(/\b(?:name|short_name|description):\s*'([^']+)'/g),
    ].map((match) => ['store text', match[1] ?? ''] as const);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(claimsIn(texts, 'en')).toEqual([]);
  });

  it("makes no such claim in the points' texts, apart from the article's quoted words", () => {
    const entries = pointIds.flatMap((id) =>
      pointStrings(englishPointText(id)).map((text) => [id, text] as const),
    );
    expect(claimsIn(entries, 'en')).toEqual([]);
  });

  it("makes no such claim in the points' Spanish and Chinese texts, apart from the article's words", () => {
    const entriesOf = (catalog: PointCatalog) =>
      pointIds.flatMap((id) => pointStrings(catalog[id]).map((text) => [id, text] as const));
    expect(claimsIn(entriesOf(esPoints), 'es')).toEqual([]);
    expect(claimsIn(entriesOf(zhHansPoints), 'zh-Hans')).toEqual([]);
  });
});
