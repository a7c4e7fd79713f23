import { useSignal } from '@preact/signals';
import { t } from '../../../i18n/i18n';
import { ScoreScale } from '../../../shared/ui/score-scale';
import { scheduledOf } from '../core/analysis';
import { ratingNoteMaxChars } from '../../../domain/records/quick-rating';
import type { TrialModel } from '../model/trial-model';
import { formatMinutes } from './format';

/** "Rate now": pain (needed), stiffness and a note (optional), and "I have a warning sign". */
export function RateNow({ model }: { readonly model: TrialModel }) {
  const pain = useSignal<number | undefined>(undefined);
  const stiffness = useSignal<number | undefined>(undefined);
  const note = useSignal('');
  const hasWarningSign = useSignal(false);
  const tookPainkiller = useSignal(false);
  const message = useSignal<{ kind: 'status' | 'alert'; text: string } | undefined>(undefined);
  const busy = useSignal(false);

  const save = async (event: Event) => {
    event.preventDefault();
    if (pain.value === undefined) {
      message.value = { kind: 'alert', text: t('trial.rate.needPain') };
      return;
    }
    busy.value = true;
    message.value = undefined;
    const saved = await model.rate({
      pain0to10: pain.value,
      ...(stiffness.value === undefined ? {} : { stiffness0to10: stiffness.value }),
      note: note.value.trim(),
      hasWarningSign: hasWarningSign.value,
      tookPainkiller: tookPainkiller.value,
    });
    busy.value = false;
    if (!saved) {
      message.value = { kind: 'alert', text: t('trial.error.save') };
      return;
    }
    const at = new Date(saved.atEpochMs);
    // Only the first rating near each rating time is compared; say when this one is a note.
    const trial = model.trial.value;
    const minutesOf = (epochMs: number) => {
      const date = new Date(epochMs);
      return date.getHours() * 60 + date.getMinutes();
    };
    const isNote =
      trial !== undefined &&
      !scheduledOf(
        model.ratings.value.filter((rating) => rating.dayKey === saved.dayKey),
        trial.ratingMinutes,
        minutesOf,
      ).scheduled.includes(saved);
    message.value = {
      kind: 'status',
      text: t(isNote ? 'trial.rate.savedNote' : 'trial.rate.saved', {
        pain: saved.pain0to10,
        time: formatMinutes(at.getHours() * 60 + at.getMinutes()),
      }),
    };
    pain.value = undefined;
    stiffness.value = undefined;
    note.value = '';
    hasWarningSign.value = false;
    tookPainkiller.value = false;
  };

  return (
    <section class="card trial-rate" aria-labelledby="trial-rate-title">
      <h2 id="trial-rate-title">{t('trial.rate.title')}</h2>
      <p>{t('trial.rate.intro')}</p>
      <form onSubmit={(event) => void save(event)}>
        <ScoreScale
          name="trial-pain"
          legend={t('trial.rate.pain')}
          kind="pain"
          value={pain.value}
          onChange={(value) => (pain.value = value)}
          required
        />
        <ScoreScale
          name="trial-stiffness"
          legend={t('trial.rate.stiffness')}
          kind="stiffness"
          value={stiffness.value}
          onChange={(value) => (stiffness.value = value)}
        />
        <label class="field" for="trial-note">
          {t('trial.rate.note')}
        </label>
        <textarea
          id="trial-note"
          rows={2}
          maxLength={ratingNoteMaxChars}
          value={note.value}
          onInput={(event) => (note.value = event.currentTarget.value)}
        />
        <p>
          <label>
            <input
              type="checkbox"
              checked={tookPainkiller.value}
              onChange={(event) => (tookPainkiller.value = event.currentTarget.checked)}
            />{' '}
            {t('trial.rate.painkiller')}
          </label>
        </p>
        <p class="trial-warning">
          <label>
            <input
              type="checkbox"
              checked={hasWarningSign.value}
              onChange={(event) => (hasWarningSign.value = event.currentTarget.checked)}
            />{' '}
            {t('trial.rate.warning')}
          </label>{' '}
          <a href="/help">{t('trial.rate.warningList')}</a>
        </p>
        <p>
          <button type="submit" class="primary" disabled={busy.value}>
            {t('trial.rate.save')}
          </button>
        </p>
      </form>
      <p role="status">{message.value?.kind === 'status' ? message.value.text : ''}</p>
      <p role="alert" class={message.value?.kind === 'alert' ? 'alert' : undefined}>
        {message.value?.kind === 'alert' ? message.value.text : ''}
      </p>
    </section>
  );
}
