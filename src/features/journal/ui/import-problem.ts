import { t, type MessageKey } from '../../../i18n/i18n';
import type { ImportProblemCode } from '../../../domain/records/fields';
import type { ImportProblem, RecordList } from '../../../domain/records/import-file';

/** The words for each problem code the domain's import reports. */
const problemKeys: Readonly<Record<ImportProblemCode, MessageKey>> = {
  badId: 'journal.import.badId',
  date: 'journal.import.date',
  duplicateId: 'journal.import.duplicateId',
  endsBeforeStart: 'journal.import.endsBeforeStart',
  forbiddenKey: 'journal.import.forbiddenKey',
  missingField: 'journal.import.missingField',
  negative: 'journal.import.negative',
  newerVersion: 'journal.import.newerVersion',
  notJson: 'journal.import.notJson',
  notOurs: 'journal.import.notOurs',
  score: 'journal.import.score',
  tooBig: 'journal.import.tooBig',
  tooLarge: 'journal.import.tooLarge',
  tooLong: 'journal.import.tooLong',
  tooMany: 'journal.import.tooMany',
  unknownField: 'journal.import.unknownField',
  unknownValue: 'journal.import.unknownValue',
  wrongType: 'journal.import.wrongType',
  outsideZone: 'spots.import.outsideZone',
  placeAndOutcome: 'spots.import.placeAndOutcome',
  badPlan: 'trial.import.badPlan',
  duplicateRecordId: 'trial.import.duplicateId',
  sessionAndMoment: 'journal.import.sessionAndMoment',
};

/** Field names in the file, as words a person reads. */
const fieldLabels: Readonly<Record<string, MessageKey>> = {
  'before.pain0to10': 'journal.field.painBefore',
  'after.pain0to10': 'journal.field.painAfter',
  'before.stiffness0to10': 'journal.field.stiffnessBefore',
  'after.stiffness0to10': 'journal.field.stiffnessAfter',
  startedAtEpochMs: 'journal.field.startedAt',
  endedAtEpochMs: 'journal.field.endedAt',
  note: 'journal.field.note',
  activeMs: 'journal.field.activeMs',
  holdMs: 'journal.field.holdMs',
  id: 'journal.field.id',
};

function fieldLabel(path: string): MessageKey | undefined {
  // Own keys only: a field named "valueOf" or "toString" must not find Object.prototype's.
  return Object.hasOwn(fieldLabels, path) ? fieldLabels[path] : undefined;
}

const wholeFileProblems: ReadonlySet<ImportProblemCode> = new Set<ImportProblemCode>([
  'tooLarge',
  'notJson',
  'notOurs',
  'newerVersion',
]);

/** "Quick rating 3: …": where in the file's lists beside the sessions. */
const recordWords: Readonly<Record<RecordList, MessageKey>> = {
  ratings: 'trial.import.inRating',
  trials: 'trial.import.inTrial',
  spots: 'spots.import.inMark',
  turns: 'journal.import.inTurn',
};

/** The problem as one sentence in the current language: what is wrong and where. */
export function describeImportProblem(problem: ImportProblem): string {
  const key = problemKeys[problem.code];
  if (wholeFileProblems.has(problem.code)) return t(key, problem.params);
  const labelKey = problem.field === undefined ? 'journal.field.value' : fieldLabel(problem.field);
  const field = labelKey ? t(labelKey) : (problem.field ?? '');
  const text = t(key, { field, ...problem.params });
  if (problem.record) {
    const where = recordWords[problem.record.list];
    return t(where, { number: problem.record.number, problem: text });
  }
  return problem.session === undefined
    ? t('journal.import.inFile', { problem: text })
    : t('journal.import.inSession', { number: problem.session, problem: text });
}
