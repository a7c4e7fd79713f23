import { locale, t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { emergencyNumberFor } from '../core/emergency-numbers';
import './emergency-number.css';

function regionName(region: string): string {
  try {
    return new Intl.DisplayNames([locale.value], { type: 'region' }).of(region) ?? region;
  } catch {
    return region;
  }
}

/**
 * The number to give for medical help, from the browser's languages (see EmergencyNumber), as
 * words to put in "call {number}": where there is no single number, "your local emergency
 * number".
 */
export function useEmergencyNumber(): string {
  return (
    emergencyNumberFor(useApp().language.browserLanguages.value).number ??
    t('safety.emergency.localNumber')
  );
}

function orList(numbers: readonly string[]): string {
  try {
    return new Intl.ListFormat([locale.value], { type: 'disjunction' }).format(numbers);
  } catch {
    return numbers.join(' / ');
  }
}

/**
 * The local emergency number, as text only: the app never dials. It follows the browser's
 * languages, not where the person is, so it always says to use the local number elsewhere.
 * `lead` words the first line around the number (by default "Emergency number: {number}").
 */
export function EmergencyNumber({ lead }: { readonly lead?: (number: string) => string }) {
  const found = emergencyNumberFor(useApp().language.browserLanguages.value);
  const number = found.number ?? t('safety.emergency.localNumber');
  return (
    <div class="emergency-number">
      <p class="emergency-number-value">
        {lead
          ? lead(number)
          : found.number !== undefined
            ? t('safety.emergency.number', { number: found.number })
            : t('safety.emergency.callLocal')}
      </p>
      {found.ambulanceNumbers !== undefined && (
        <p>{t('safety.emergency.ambulanceByArea', { numbers: orList(found.ambulanceNumbers) })}</p>
      )}
      {found.alsoNumber !== undefined && (
        <p>{t('safety.emergency.alsoNumber', { number: found.alsoNumber })}</p>
      )}
      {found.policeNumber !== undefined && (
        <p>{t('safety.emergency.police', { number: found.policeNumber })}</p>
      )}
      {found.region !== undefined && found.number === undefined ? (
        <p>
          {t(
            found.ambulanceNumbers !== undefined
              ? 'safety.emergency.noSingleNumber'
              : 'safety.emergency.notChecked',
            { region: regionName(found.region) },
          )}
        </p>
      ) : found.region !== undefined ? (
        <p>{t('safety.emergency.region', { region: regionName(found.region) })}</p>
      ) : (
        <p>{t('safety.emergency.unknownRegion')}</p>
      )}
      <p>{t('safety.emergency.elsewhere')}</p>
    </div>
  );
}
