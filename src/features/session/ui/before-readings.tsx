import type { Readings } from '../../../domain/records/session-entry';
import { t } from '../../../i18n/i18n';
import { ScoreScale } from '../../../shared/ui/score-scale';

export interface BeforeReadingsProps {
  readonly value: Readings;
  readonly onChange: (next: Readings) => void;
}

/**
 * Pain and stiffness before a session, both optional: the set-up screen shows them behind
 * "Rate your neck first (optional)", whose summary names them.
 */
export function BeforeReadings({ value, onChange }: BeforeReadingsProps) {
  const set = (key: 'pain0to10' | 'stiffness0to10', score: number | undefined) => {
    const next: { pain0to10?: number; stiffness0to10?: number } = { ...value };
    if (score === undefined) delete next[key];
    else next[key] = score;
    onChange(next);
  };
  return (
    <div class="readings">
      <p class="quiet">{t('journal.before.intro')}</p>
      <ScoreScale
        name="before-pain"
        kind="pain"
        legend={t('journal.scale.pain')}
        value={value.pain0to10}
        onChange={(score) => set('pain0to10', score)}
      />
      <ScoreScale
        name="before-stiffness"
        kind="stiffness"
        legend={t('journal.scale.stiffness')}
        value={value.stiffness0to10}
        onChange={(score) => set('stiffness0to10', score)}
      />
    </div>
  );
}
