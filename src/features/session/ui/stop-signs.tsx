import { t } from '../../../i18n/i18n';
import { stopSigns, useEmergencyNumber } from '../../safety/ui';
import './stop-signs.css';

/**
 * The stop-at-once signs: dizziness, nausea, changes in vision, tingling or numbness.
 * Source: clinical.md "Cautions" ("Show these before the first hold of every session"); the
 * list is the red-flag feature's data, so the session and the help page show the same signs.
 */
function StopSignList() {
  return (
    <ul class="stop-sign-list">
      {stopSigns.map((id) => (
        <li key={id}>{t(`safety.stop.${id}`)}</li>
      ))}
    </ul>
  );
}

/**
 * What to do next when a stop sign does not pass: the completed stop-sign text with the local
 * emergency number. Source: clinical.md "Cautions".
 */
function StopNext() {
  return (
    <p class="stop-signs-next">{t('safety.cautions.stopNext', { number: useEmergencyNumber() })}</p>
  );
}

/** Before the first hold of a session (and before Fengchi): the signs, in full view. */
export function StopSignsNotice() {
  return (
    <div class="stop-signs-notice" role="note" aria-labelledby="stop-signs-notice-title">
      <p id="stop-signs-notice-title">
        <strong>{t('safety.cautions.stop')}</strong>
      </p>
      <StopSignList />
      <StopNext />
    </div>
  );
}

/** During a hold: the same signs, one tap away, without taking the screen. */
export function StopSignsDisclosure() {
  return (
    <details class="stop-signs-disclosure">
      <summary>{t('session.stopSigns')}</summary>
      <p>{t('safety.cautions.stop')}</p>
      <StopSignList />
      <StopNext />
    </details>
  );
}

/**
 * "When to seek help", one tap away in the player: the site's header (and its Help link) steps
 * aside while a session runs, so the player carries its own. The session keeps running while
 * Help is open. Source: clinical.md "Cautions".
 */
export function PlayerHelpLink() {
  return (
    <a class="link-button player-help" href="/help">
      {t('nav.help')}
    </a>
  );
}
