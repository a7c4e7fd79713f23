import { locale, t } from '../../../i18n/i18n';
import { skinCautions } from '../core/skin-cautions';

/**
 * The skin cautions as one phrase in the user's language ("a vein, a mole, … or a recent
 * scar"), from the one list in core, for the session's skin check and the full cautions alike.
 */
export function skinCautionList(): string {
  const words = skinCautions.map((id) => t(`safety.skin.${id}`));
  return new Intl.ListFormat(locale.value, { type: 'disjunction' }).format(words);
}

/** The full skin caution on the help page and the print sheet, from the same list. */
export function skinCautionSentence(): string {
  return t('safety.cautions.skin', { list: skinCautionList() });
}
