import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import type { TurnRecord } from '../../../domain/records/turn-result';
import type { SaveOutcome } from '../model/turn-results';
import { useTurnResults } from './use-turn-results';
import { SaveNote, TurnTest, useTurnOffer, useTurnTest } from './turn-runner';

export interface TrialTurnTestProps {
  /** The running trial whose measurement this is. */
  readonly trialId: string;
  /** Hears each kept result (the trial counts it at once). */
  readonly onSaved: (record: TurnRecord) => void;
  /** Says whether a kept result is one of the day's compared measurements or a note. */
  readonly describeSaved?: (record: TurnRecord) => string;
}

/**
 * A turn trial's measurement: the turn test opened in place on the trial's screen,
 * its result kept as a turn result in the journal marked with the trial, so that it answers that
 * trial (and only that trial). For someone the test is no longer offered to (the warning signs
 * answered again), it says so and offers nothing.
 */
export function TrialTurnTest({ trialId, onSaved, describeSaved }: TrialTurnTestProps) {
  const offer = useTurnOffer();
  const [isOpen, setOpen] = useState(false);
  const [saving, setSaving] = useState<SaveOutcome | 'saving' | null>(null);
  const turns = useTurnResults();
  const loaded = useTurnTest(offer === 'offered' && isOpen, (result) => {
    if (!turns) return setSaving({ kind: 'failed' });
    setSaving('saving');
    void turns.saveForTrial(result, trialId).then((outcome) => {
      setSaving(outcome);
      if (outcome.kind === 'saved') onSaved(outcome.record);
    });
  });
  const saved = saving !== null && saving !== 'saving' && saving.kind === 'saved' ? saving : null;
  return (
    <section class="card trial-turn" aria-labelledby="trial-turn-title">
      <h2 id="trial-turn-title">{t('turn.trial.title')}</h2>
      {offer !== 'offered' ? (
        <p>{t('turn.trial.notOffered')}</p>
      ) : !isOpen ? (
        <>
          <p>{t('turn.trial.intro')}</p>
          <button type="button" class="button" onClick={() => setOpen(true)}>
            {t('turn.trial.open')}
          </button>
        </>
      ) : loaded && turns ? (
        <TurnTest
          model={loaded.model}
          platform={loaded.platform}
          headingLevel={3}
          afterResult={
            saved && describeSaved ? (
              <p role="status">{describeSaved(saved.record)}</p>
            ) : (
              <SaveNote outcome={saving} />
            )
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
