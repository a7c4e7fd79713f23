import { afterEach, describe, expect, it } from 'vitest';
import { locales, setLocale, t } from '../../../i18n/i18n';
import { skinCautions } from '../core/skin-cautions';
import { skinCautionList, skinCautionSentence } from './skin-cautions';

/** What a message says in place of `{list}`, given the filled text. */
function listIn(filled: string, template: string): string {
  const [before = '', after = ''] = template.split('{list}');
  expect(filled.startsWith(before) && filled.endsWith(after)).toBe(true);
  return filled.slice(before.length, filled.length - after.length);
}

describe('the skin cautions', () => {
  afterEach(() => setLocale('en'));

  for (const lang of locales) {
    it(`in ${lang}, names the same items on the help page as in the session's skin check`, async () => {
      await setLocale(lang);
      const helpList = listIn(skinCautionSentence(), t('safety.cautions.skin'));
      const sessionList = listIn(
        t('session.skinCheck', { list: skinCautionList() }),
        t('session.skinCheck'),
      );
      expect(helpList).toBe(sessionList);
      // Every item of the one list in core, in its order, burns and recent scars included.
      let from = 0;
      for (const id of skinCautions) {
        const at = helpList.indexOf(t(`safety.skin.${id}`), from);
        expect(at, id).toBeGreaterThanOrEqual(from);
        from = at + 1;
      }
    });
  }

  it('reads the whole list in English', () => {
    expect(skinCautionSentence()).toBe(
      'Never press over a vein, a mole, a wart, a bruise, a cut, a scrape, varicose veins, swelling, an infection, a burn, a rash, or a recent scar.',
    );
  });
});
