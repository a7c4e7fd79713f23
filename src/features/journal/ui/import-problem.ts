import { t, type MessageKey } from '../../../i18n/i18n';
import { fieldLabel, type ImportProblem } from '../model/import-schema';

const wholeFileProblems: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'journal.import.tooLarge',
  'journal.import.notJson',
  'journal.import.notOurs',
  'journal.import.newerVersion',
]);

/** The problem as one sentence in the current language: what is wrong and where. */
export function describeImportProblem(problem: ImportProblem): string {
  if (wholeFileProblems.has(problem.key)) return t(problem.key, problem.params);
  const labelKey = problem.field === undefined ? 'journal.field.value' : fieldLabel(problem.field);
  const field = labelKey ? t(labelKey) : (problem.field ?? '');
  const text = t(problem.key, { field, ...problem.params });
  if (problem.record) {
    const where =
      problem.record.list === 'ratings'
        ? 'trial.import.inRating'
        : problem.record.list === 'trials'
          ? 'trial.import.inTrial'
          : 'spots.import.inMark';
    return t(where, { number: problem.record.number, problem: text });
  }
  return problem.session === undefined
    ? t('journal.import.inFile', { problem: text })
    : t('journal.import.inSession', { number: problem.session, problem: text });
}
