import { describe, expect, it } from 'vitest';
import { findPoint, points } from './points';
import { sources } from './sources';

/** The article's words for the five points (article, points 1–5), to check our quotes against. */
const articleText = [
  'There’s an acupressure point for neck pain and stiffness on the back of the hand, just below the little finger. Find the acupressure point by running your finger along the outside of your hand. Just beneath the knuckle of the little finger is a small hollow. Apply firm pressure or massage this area for relief of neck stiffness and pain.',
  'To treat a stiff neck and neck pain, apply pressure between the second and third fingers. The point is located at the back of the hand, just below the knuckles. Each hand corresponds to the opposite side of the neck. If pain is on the left side of the neck, use the right hand acupressure point, and vice versa.',
  'The Hegu Spot is located in the webbing between the thumb and forefinger. Grasp this spot with the thumb and forefinger of the opposite hand. Apply firm pressure or massage the area for relief of neck pain, stress and tension. Stimulating the Hegu Spot can also help relieve general body pain.',
  'Run your thumbs along the base of your skull, starting at the back middle point and moving outward. Just outside the curve of the neck muscles are two indentations or grooves at the base of the skull. Use your thumb(s) to apply firm pressure.',
  'Stimulate one point repetitively, holding pressure for three seconds, then releasing for one second. Do this ten times, then repeat with the other side.',
  'Run your thumb down the slope of your shoulder. The pressure point is about halfway between neck and shoulder. In the neck, the large trapezius and sternocleidomastoid (SCM) muscles are often the cause of pain and stiffness. The trapezius muscle begins at the base of the head and travels down over the shoulders, and the SCM runs from behind your ears to the groove at the base of your throat.',
  'Apply firm pressure to this acupressure point to relieve a stiff sore neck. For best results treat both sides of the body. If you’re pregnant, don’t stimulate this acupressure point, as it may cause uterine contractions.',
].join(' ');

describe('points', () => {
  it("holds the article's five points in the article's order", () => {
    expect(points.map((point) => point.id)).toEqual(['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21']);
    expect(points.map((point) => point.articleNumber)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives every point its Chinese characters and pinyin from the clinical notes', () => {
    expect(points.map((point) => point.hanzi)).toEqual(['后溪', '外劳宫', '合谷', '风池', '肩井']);
    expect(points.map((point) => point.pinyin)).toEqual([
      'Hòuxī',
      'Wàiláogōng',
      'Hégǔ',
      'Fēngchí',
      'Jiānjǐng',
    ]);
  });

  it('names EX-UE8 by its standard name, Wailaogong, with Luozhen as its other name, cited to GB/T 40997-2021', () => {
    const point = findPoint('EX-UE8');
    expect(point.alsoCalled).toEqual({ pinyin: 'Luòzhěn', hanzi: '落枕' });
    expect(point.englishName).toMatch(/^Wailaogong, also called Luozhen/);
    expect(point.sources).toContain('gb-t-40997-2021');
  });

  it('marks every cut in a quote of the article with […]: each piece between cuts is word for word', () => {
    for (const point of points) {
      for (const piece of point.articleInstructions.split('[…]')) {
        // A piece may start with the full stop that closed a cut sentence; it keeps its own.
        const words = piece.replace(/^[\s.,]+|\s+$/g, '');
        if (words !== '') expect(articleText).toContain(words);
      }
    }
  });

  it('quotes the article\'s "firm pressure" at Fengchi and says openly why Acupress asks for moderate pressure, with a published source', () => {
    const point = findPoint('GB20');
    expect(point.articleInstructions).toContain('apply firm pressure');
    const departure = point.cautions.find((caution) => caution.id === 'moderate-pressure');
    expect(departure?.text).toMatch(/vertebral artery/);
    expect(departure?.sources).toContain('vertebral-artery-massage-2018');
  });

  it('cites a published source, not only the team review, for the LI4 pregnancy caution', () => {
    const caution = findPoint('LI4').cautions.find((c) => c.id === 'pregnancy');
    expect(
      caution?.sources.filter((id) => id !== 'acupress-clinical-review').length,
    ).toBeGreaterThan(0);
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
