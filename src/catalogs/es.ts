import type { Catalog } from '../i18n/i18n';
import { addPointCatalog } from '../features/guide/model/point-text';
import { esCore } from '../features/shell/messages/es-core';
import { esShell } from '../features/shell/messages/es';
import { esSession } from '../features/session/messages/es';
import { esGuide } from '../features/guide/messages/es';
import { esSafety } from '../features/safety/messages/es';
import { esJournal } from '../features/journal/messages/es';
import { esPwa } from '../features/pwa/messages/es';
import { esCamera } from '../features/camera/messages/es';
import { esTrust } from '../features/shell/messages/es-trust';
import { esTrial } from '../features/trial/messages/es';
import { esSpots } from '../features/spots/messages/es';
import { esPoints } from '../features/guide/messages/es-points';

/**
 * Spanish: every feature's messages and the points' texts, loaded only when chosen.
 * Typed as a whole catalog, so a key missing in any feature's part is a compile error.
 */
export const es: Catalog = {
  ...esShell,
  ...esCore,
  ...esSession,
  ...esGuide,
  ...esSafety,
  ...esJournal,
  ...esPwa,
  ...esCamera,
  ...esTrust,
  ...esTrial,
  ...esSpots,
};

export function loadSpanish(): Catalog {
  addPointCatalog('es', esPoints);
  return es;
}
