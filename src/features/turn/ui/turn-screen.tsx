import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { usePageTitle } from '../../../shared/ui/page-title';
import type { SaveOutcome } from '../model/turn-results';
import { SaveNote, TurnTest, useTurnOffer, useTurnTest } from './turn-runner';

/**
 * /turn: the turn test on its own, from History; each result is kept in the journal.
 * Offered only after the safety check, and never to someone who told us of a recent neck injury
 * or of dizziness when turning the head (see useTurnOffer); the test asks again before it starts.
 */
export function TurnScreen() {
  const app = useApp();
  usePageTitle(t('turn.title'));
  const offer = useTurnOffer();
  const [saving, setSaving] = useState<SaveOutcome | 'saving' | null>(null);
  const loaded = useTurnTest(offer === 'offered', (result) => {
    setSaving('saving');
    void app.turns
      .load()
      .then((turns) => turns.save(result))
      .then(setSaving, () => setSaving({ kind: 'failed' }));
  });

  return (
    <section class="turn-screen" aria-labelledby="turn-title">
      <h1 id="turn-title">{t('turn.title')}</h1>
      <h2>{t('turn.what')}</h2>
      <p>{t('turn.whatBody')}</p>
      <p>{t('turn.limits')}</p>
      {offer === 'needs-screening' ? (
        <p>
          {t('turn.needsScreening')} <a href="/safety">{t('turn.screeningLink')}</a>
        </p>
      ) : offer === 'not-offered' ? (
        <p role="note">{t('turn.notOffered')}</p>
      ) : loaded ? (
        <TurnTest
          model={loaded.model}
          platform={loaded.platform}
          afterResult={<SaveNote outcome={saving} />}
        />
      ) : null}
    </section>
  );
}
