import { describe, expect, it } from 'vitest';
import { findPoint, points } from './points';
import { sources } from './sources';

describe('points', () => {
  it("holds the article's five points in the article's order", () => {
    expect(points.map((point) => point.id)).toEqual(['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21']);
    expect(points.map((point) => point.articleNumber)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives every point its Chinese characters and pinyin from the clinical notes', () => {
    expect(points.map((point) => point.hanzi)).toEqual(['后溪', '落枕', '合谷', '风池', '肩井']);
    expect(findPoint('EX-UE8').alsoCalled?.hanzi).toBe('外劳宫');
  });

  it('cites the article and at least one standard for every point', () => {
    for (const point of points) {
      expect(point.sources).toContain('article');
      expect(point.sources.length).toBeGreaterThan(1);
      for (const id of point.sources) expect(sources[id].title).not.toBe('');
    }
  });

  it('marks only Jianjing and Hegu as avoided in pregnancy, each with a cited caution', () => {
    const avoided = points.filter((point) => point.isAvoidedInPregnancy).map((point) => point.id);
    expect(avoided).toEqual(['LI4', 'GB21']);
    for (const id of avoided) {
      const caution = findPoint(id).cautions.find((c) => c.id === 'pregnancy');
      expect(caution?.sources.length).toBeGreaterThan(0);
    }
  });

  it('measures Luozhen in finger widths: half a thumb width behind the knuckles', () => {
    expect(findPoint('EX-UE8').findSteps.join(' ')).toMatch(
      /half the width of your thumb \(0\.5 cun\)/,
    );
  });

  it('pulses only Fengchi, 3 s on and 1 s off, ten times', () => {
    const pulsed = points.filter((point) => point.technique.kind === 'pulse');
    expect(pulsed.map((point) => point.id)).toEqual(['GB20']);
  });

  it('gives every point numbered finding steps and a short line for the session', () => {
    for (const point of points) {
      expect(point.findSteps.length).toBeGreaterThanOrEqual(3);
      expect(point.findShort.length).toBeLessThan(100);
    }
  });
});
