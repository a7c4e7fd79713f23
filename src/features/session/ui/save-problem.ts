import { t } from '../../../i18n/i18n';
import type { StoreProblem as JournalProblem } from '../../../domain/records/store';
import { maxJournalSessions } from '../../../domain/records/session-entry';

/** Why the after-session save failed, in words: full storage, a full journal, or a refusal. */
export function saveProblemText(problem: JournalProblem | undefined): string {
  if (problem === 'quota') return t('journal.error.quota');
  if (problem === 'full') return t('journal.error.full', { max: maxJournalSessions });
  return t('journal.error.write');
}
