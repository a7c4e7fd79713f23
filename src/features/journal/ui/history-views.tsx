import type { ComponentChildren } from 'preact';
import { t, tCount } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import type { JournalEntry } from '../../../domain/records/session-entry';
import type { JournalSummary, PointTally } from '../../../domain/records/entry-stats';
import { minDetectableChange0to10, minImportantChange0to10 } from '../../../domain/sources';
import {
  formatDateTime,
  formatOneDecimal,
  formatScore,
  pressedPointNames,
  sessionLength,
} from './format';

/**
 * A plain summary, worded as an observation about the person's own entries. Their numbers are
 * not judged; the published figures for what a change means stand beside them (Kovacs 2008).
 */
export function SummaryText({ summary }: { summary: JournalSummary }) {
  const { pain, stiffness } = summary;
  if (pain.sessionsWithBoth === 0 || pain.meanDrop === undefined) {
    return <p>{t('journal.summary.none')}</p>;
  }
  const count = pain.sessionsWithBoth;
  const amount = formatOneDecimal(Math.abs(pain.meanDrop));
  const painKey =
    Math.abs(pain.meanDrop) < 0.05
      ? 'journal.summary.same'
      : pain.meanDrop > 0
        ? 'journal.summary.lower'
        : 'journal.summary.higher';
  const stiffDrop = stiffness.meanDrop;
  const stiffKey =
    stiffDrop === undefined
      ? undefined
      : Math.abs(stiffDrop) < 0.05
        ? 'journal.summary.stiffSame'
        : stiffDrop > 0
          ? 'journal.summary.stiffLower'
          : 'journal.summary.stiffHigher';
  return (
    <>
      <p>
        {tCount(painKey, count, { amount })}{' '}
        {stiffKey && stiffDrop !== undefined
          ? t(stiffKey, { amount: formatOneDecimal(Math.abs(stiffDrop)) })
          : null}
      </p>
      <p class="quiet">{t('journal.summary.observation')}</p>
      <p class="quiet">
        {t('journal.summary.scale', {
          detectable: formatOneDecimal(minDetectableChange0to10),
          important: formatOneDecimal(minImportantChange0to10),
        })}
      </p>
    </>
  );
}

function Readings({ entry }: { entry: JournalEntry }) {
  const parts: string[] = [];
  const { before, after } = entry;
  if (before.pain0to10 !== undefined || after.pain0to10 !== undefined) {
    parts.push(
      t('journal.history.pain', {
        before: formatScore(before.pain0to10),
        after: formatScore(after.pain0to10),
      }),
    );
  }
  if (before.stiffness0to10 !== undefined || after.stiffness0to10 !== undefined) {
    parts.push(
      t('journal.history.stiffness', {
        before: formatScore(before.stiffness0to10),
        after: formatScore(after.stiffness0to10),
      }),
    );
  }
  return <>{parts.length === 0 ? t('journal.history.noReadings') : parts.join(' ')}</>;
}

export function SessionList(props: {
  entries: readonly JournalEntry[];
  unsavedIds: ReadonlySet<string>;
  /** Another feature's line beside the ratings (the turn test's results). */
  extraLine?: (entry: JournalEntry) => ComponentChildren;
}) {
  return (
    <ol class="session-list">
      {props.entries.map((entry) => {
        const names = pressedPointNames(entry);
        return (
          <li key={entry.id} class="card">
            <h3>
              {t('journal.history.item', {
                date: formatDateTime(entry.startedAtEpochMs),
                length: sessionLength(entry),
              })}
            </h3>
            {props.unsavedIds.has(entry.id) && (
              <p class="badge warn">{t('journal.history.unsaved')}</p>
            )}
            <p>
              <Readings entry={entry} />
            </p>
            {props.extraLine?.(entry)}
            <p class="quiet">
              {names
                ? t('journal.history.points', { points: names })
                : t('journal.history.noPointsDone')}
              {!entry.completed && <> {t('journal.history.ended')}</>}
            </p>
            {entry.note && (
              <p>
                <strong>{t('journal.history.noteLabel')}</strong> {entry.note}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function SessionTable({ entries }: { entries: readonly JournalEntry[] }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="session-table-caption">
      <table class="data-table">
        <caption id="session-table-caption">{t('journal.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('journal.table.date')}</th>
            <th scope="col">{t('journal.table.length')}</th>
            <th scope="col">{t('journal.table.painBefore')}</th>
            <th scope="col">{t('journal.table.painAfter')}</th>
            <th scope="col">{t('journal.table.stiffBefore')}</th>
            <th scope="col">{t('journal.table.stiffAfter')}</th>
            <th scope="col">{t('journal.table.points')}</th>
            <th scope="col">{t('journal.table.note')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{formatDateTime(entry.startedAtEpochMs)}</th>
              <td>{sessionLength(entry)}</td>
              <td>{formatScore(entry.before.pain0to10)}</td>
              <td>{formatScore(entry.after.pain0to10)}</td>
              <td>{formatScore(entry.before.stiffness0to10)}</td>
              <td>{formatScore(entry.after.stiffness0to10)}</td>
              <td>{pressedPointNames(entry)}</td>
              <td>{entry.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PointTallies({ tallies }: { tallies: readonly PointTally[] }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="points-table-caption">
      <table class="data-table points-table">
        <caption id="points-table-caption">{t('journal.points.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('journal.points.point')}</th>
            <th scope="col">{t('journal.points.pressed')}</th>
            <th scope="col">{t('journal.points.tender')}</th>
            <th scope="col">{t('journal.points.right')}</th>
          </tr>
        </thead>
        <tbody>
          {tallies.map((tally) => (
            <tr key={tally.pointId}>
              <th scope="row">{pointText(tally.pointId).name}</th>
              <td>{tally.pressed}</td>
              <td>{tally.tender}</td>
              <td>{tally.right}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SessionCount({ count }: { count: number }) {
  return <p>{tCount('journal.history.count', count)}</p>;
}
