import { t } from '../../i18n/i18n';

export type ScoreKind = 'pain' | 'stiffness';

export interface ScoreScaleProps {
  /** Unique in the page: names the radio group. */
  readonly name: string;
  readonly legend: string;
  readonly kind: ScoreKind;
  /** 0–10, or undefined when not answered. */
  readonly value: number | undefined;
  readonly onChange: (value: number | undefined) => void;
  /** An answer is needed (the trial's pain rating): no "you can skip" hint, no clear button. */
  readonly required?: boolean;
}

const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * A 0–10 rating as native radio buttons: arrow keys move between numbers, screen readers announce
 * "0 no pain … 10 worst imaginable", each target is at least 44 px. Skippable: nothing is chosen
 * until the person chooses, and a chosen answer can be cleared.
 */
export function ScoreScale({ name, legend, kind, value, onChange, required }: ScoreScaleProps) {
  const hintId = `${name}-hint`;
  const lowWord = t(kind === 'pain' ? 'journal.scale.word.painLow' : 'journal.scale.word.stiffLow');
  return (
    <fieldset class="score-scale" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} class="quiet score-hint">
        {t(required ? 'journal.scale.hintRequired' : 'journal.scale.hint')}{' '}
        {t(kind === 'pain' ? 'journal.scale.painLow' : 'journal.scale.stiffLow')}.{' '}
        {t(kind === 'pain' ? 'journal.scale.painHigh' : 'journal.scale.stiffHigh')}.
      </p>
      <div class="score-options">
        {scores.map((score) => (
          <label key={score} class={value === score ? 'score-option chosen' : 'score-option'}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            <span class="score-number">{score}</span>
            {score === 0 && <span class="score-word">{lowWord}</span>}
            {score === 10 && <span class="score-word">{t('journal.scale.word.high')}</span>}
          </label>
        ))}
      </div>
      <p class="score-status" aria-live="polite">
        {value === undefined ? t('journal.scale.skipped') : t('journal.scale.chosen', { value })}{' '}
        {value !== undefined && !required && (
          <button type="button" class="link-button" onClick={() => onChange(undefined)}>
            {t('journal.scale.clear')}
          </button>
        )}
      </p>
    </fieldset>
  );
}
