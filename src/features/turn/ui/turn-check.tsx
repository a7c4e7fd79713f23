import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import type { TurnMoment } from '../../../domain/records/turn-result';
import { resultOf, sessionChange } from '../core/turn-record';
import type { SaveOutcome } from '../model/turn-results';
import { useTurnResults } from './use-turn-results';
import {
  changeText,
  resultText,
  SaveNote,
  TurnTest,
  useTurnOffer,
  useTurnTest,
} from './turn-runner';

export interface TurnCheckProps {
  readonly moment: TurnMoment;
  /** After a session: the session, so that the result is kept with it and compared. */
  readonly session?: { readonly id: string; readonly startedAtEpochMs: number };
}

/**
 * The optional turn test beside the ratings before and after a session: a quiet
 * "Measure how far you turn (20 s, optional)" that opens the test in place. Before: kept at
 * once, and tied to the session when it ends. After: kept with the session, and compared with the
 * before result, each side's change shown only when larger than the test's own spread.
 * Nothing at all for someone the test is not offered to (see useTurnOffer).
 */
export function TurnCheck({ moment, session }: TurnCheckProps) {
  const offer = useTurnOffer();
  const [isOpen, setOpen] = useState(false);
  const [saving, setSaving] = useState<SaveOutcome | 'saving' | null>(null);
  const turns = useTurnResults();
  const sessionId = session?.id;
  const startedAt = session?.startedAtEpochMs;
  useEffect(() => {
    if (turns && sessionId !== undefined && startedAt !== undefined) {
      void turns.linkBefore(sessionId, startedAt);
    }
  }, [turns, sessionId, startedAt]);
  const loaded = useTurnTest(offer === 'offered' && isOpen, (result) => {
    if (!turns) return setSaving({ kind: 'failed' });
    setSaving('saving');
    const saved =
      moment === 'before' || sessionId === undefined
        ? turns.saveBefore(result)
        : turns.save(result, { sessionId, moment: 'after' });
    void saved.then(setSaving);
  });
  if (offer !== 'offered') return null;

  const ofSession = turns && sessionId !== undefined ? turns.ofSession(sessionId) : {};
  const before = ofSession.before;
  const after =
    saving !== null && saving !== 'saving' && saving.kind === 'saved' ? saving.record : undefined;
  const change = before && after && moment === 'after' ? sessionChange(before, after) : null;

  return (
    <section class="turn-check" aria-labelledby={`turn-check-${moment}`}>
      <h3 id={`turn-check-${moment}`} class="turn-check-title">
        {t('turn.check.title')}
      </h3>
      {moment === 'after' && before ? (
        <p>{t('turn.check.before', { result: resultText(resultOf(before)) })}</p>
      ) : null}
      {!isOpen ? (
        <button type="button" class="link-button" onClick={() => setOpen(true)}>
          {t('turn.check.open')}
        </button>
      ) : loaded && turns ? (
        <TurnTest
          model={loaded.model}
          platform={loaded.platform}
          headingLevel={3}
          afterResult={
            <>
              {change ? (
                <ul class="turn-change" aria-label={t('turn.check.changeLabel')}>
                  <li>{changeText(change.left, 'left')}</li>
                  <li>{changeText(change.right, 'right')}</li>
                </ul>
              ) : null}
              <SaveNote outcome={saving} />
            </>
          }
        />
      ) : (
        <p class="quiet" role="status">
          {t('turn.check.loading')}
        </p>
      )}
    </section>
  );
}
