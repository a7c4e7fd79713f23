import { describe, expect, it } from 'vitest';
import {
  adviceFor,
  isRedFlagId,
  notBetterAdviceSources,
  notBetterAfterDays,
  redFlagAdvice,
  redFlagGroups,
  redFlags,
  redFlagsIn,
} from './red-flags';
import { sources } from '../../../domain/sources';

describe('red flags', () => {
  it("holds clinical.md's three groups: seven emergency signs, five for today, six before self-care", () => {
    expect(redFlagsIn('emergency')).toHaveLength(7);
    expect(redFlagsIn('doctor-today')).toHaveLength(5);
    expect(redFlagsIn('doctor-first')).toHaveLength(6);
    expect(redFlags).toHaveLength(18);
  });

  it('puts pins and needles or numbness in an arm before self-care, citing NICE', () => {
    expect(adviceFor('arm-pins-and-needles').when).toBe('before-self-care');
    expect(redFlags.find((flag) => flag.id === 'arm-pins-and-needles')?.sources).toContain(
      'nice-cks-radiculopathy',
    );
  });

  it('treats a possible neck-artery tear as an emergency, citing a published report', () => {
    expect(adviceFor('artery-tear-signs').when).toBe('now');
    expect(redFlags.find((flag) => flag.id === 'artery-tear-signs')?.sources).toContain(
      'vertebral-artery-massage-2018',
    );
  });

  it('sends giant-cell arteritis signs to a doctor today and polymyalgia signs to a doctor first, each citing the NHS', () => {
    expect(adviceFor('giant-cell-arteritis-signs').when).toBe('today');
    expect(adviceFor('polymyalgia-signs').when).toBe('before-self-care');
    const sourcesOf = (id: string) => redFlags.find((flag) => flag.id === id)?.sources ?? [];
    expect(sourcesOf('giant-cell-arteritis-signs')).toContain('nhs-giant-cell-arteritis');
    expect(sourcesOf('polymyalgia-signs')).toContain('nhs-polymyalgia-rheumatica');
  });

  it('maps every item to the advice of its own group', () => {
    for (const flag of redFlags) {
      const advice = adviceFor(flag.id);
      expect(advice.group).toBe(flag.group);
      expect(redFlagGroups).toContain(advice.group);
    }
  });

  it('sends every emergency item to the emergency number, with no session from there', () => {
    for (const flag of redFlagsIn('emergency')) {
      expect(adviceFor(flag.id)).toMatchObject({
        action: 'emergency-number',
        when: 'now',
        next: 'no-session',
      });
    }
  });

  it('lets a user go on only from "see a doctor before self-care", once a doctor agrees', () => {
    const continuing = redFlagGroups.filter(
      (group) => redFlagAdvice[group].next === 'continue-once-a-doctor-agrees',
    );
    expect(continuing).toEqual(['doctor-first']);
  });

  it('cites at least one published source besides the team review for every item and advice', () => {
    const cited = [
      ...redFlags.map((flag) => flag.sources),
      ...Object.values(redFlagAdvice).map((advice) => advice.sources),
      notBetterAdviceSources,
    ];
    for (const list of cited) {
      expect(list.filter((id) => id !== 'acupress-clinical-review').length).toBeGreaterThan(0);
      for (const id of list) expect(sources[id]).toBeDefined();
    }
  });

  it('advises a doctor when it is not better after about two weeks', () => {
    expect(notBetterAfterDays).toBe(14);
  });

  it('has unique ids and recognises only its own', () => {
    expect(new Set(redFlags.map((flag) => flag.id)).size).toBe(redFlags.length);
    expect(isRedFlagId('neck-injury')).toBe(true);
    expect(isRedFlagId('toString')).toBe(false);
  });

  it('refuses an unknown id rather than giving no advice', () => {
    expect(() => adviceFor('nope' as never)).toThrow(/Unknown red flag/);
  });
});
