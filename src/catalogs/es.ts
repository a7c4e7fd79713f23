import type { Catalog } from '../i18n/i18n';
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
import { esTurn } from '../features/turn/messages/es';

/**
 * Spanish: every feature's messages in one catalog, for the tests and the tools (the app
 * loads each part on its own, src/catalogs/register.ts; the points' texts are their own part).
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
  ...esTurn,
};
