import { t } from '../../../i18n/i18n';
import { redFlagGroups, redFlagsIn, stopSigns, type RedFlagId } from '../core/red-flags';
import { skinCautionSentence } from './skin-cautions';

/**
 * The red flags, by group, as plain statements; each a button when `onChoose` is given. A
 * statement in `cleared` is marked "cleared by your doctor".
 */
export function RedFlagList({
  onChoose,
  cleared = [],
}: {
  readonly onChoose?: (id: RedFlagId) => void;
  readonly cleared?: readonly RedFlagId[];
}) {
  return (
    <>
      {redFlagGroups.map((group) => (
        <section key={group} class={`flag-group flag-group-${group}`}>
          <h2>{onChoose ? t(`safety.group.${group}`) : t(`safety.help.${group}`)}</h2>
          <ul class={onChoose ? 'flag-choices' : 'flag-list'}>
            {redFlagsIn(group).map((flag) => (
              <li key={flag.id}>
                {onChoose ? (
                  <button type="button" class="flag-choice" onClick={() => onChoose(flag.id)}>
                    {t(`safety.flag.${flag.id}`)}
                    {cleared.includes(flag.id) && (
                      <>
                        {' '}
                        <strong class="flag-cleared">({t('safety.screen.cleared')})</strong>
                      </>
                    )}
                  </button>
                ) : (
                  t(`safety.flag.${flag.id}`)
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** Skin, neck and stop-at-once cautions for while pressing (clinical.md "Cautions"). */
export function PressingCautions() {
  return (
    <section>
      <h2>{t('safety.cautions.title')}</h2>
      <ul>
        <li>{skinCautionSentence()}</li>
        <li>{t('safety.cautions.neck')}</li>
        <li>{t('safety.cautions.firm')}</li>
        <li>{t('safety.cautions.sit')}</li>
        <li>
          {t('safety.cautions.stop')}
          <ul>
            {stopSigns.map((id) => (
              <li key={id}>{t(`safety.stop.${id}`)}</li>
            ))}
          </ul>
        </li>
      </ul>
    </section>
  );
}
