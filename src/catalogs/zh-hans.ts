import type { Catalog } from '../i18n/i18n';
import { zhHansCore } from '../features/shell/messages/zh-hans-core';
import { zhHansShell } from '../features/shell/messages/zh-hans';
import { zhHansSession } from '../features/session/messages/zh-hans';
import { zhHansGuide } from '../features/guide/messages/zh-hans';
import { zhHansSafety } from '../features/safety/messages/zh-hans';
import { zhHansJournal } from '../features/journal/messages/zh-hans';
import { zhHansPwa } from '../features/pwa/messages/zh-hans';
import { zhHansCamera } from '../features/camera/messages/zh-hans';
import { zhHansTrust } from '../features/shell/messages/zh-hans-trust';
import { zhHansTrial } from '../features/trial/messages/zh-hans';
import { zhHansSpots } from '../features/spots/messages/zh-hans';
import { zhHansTurn } from '../features/turn/messages/zh-hans';

/**
 * Simplified Chinese: every feature's messages in one catalog, for the tests and the tools (the app
 * loads each part on its own, src/catalogs/register.ts; the points' texts are their own part).
 * Typed as a whole catalog, so a key missing in any feature's part is a compile error.
 */
export const zhHans: Catalog = {
  ...zhHansShell,
  ...zhHansCore,
  ...zhHansSession,
  ...zhHansGuide,
  ...zhHansSafety,
  ...zhHansJournal,
  ...zhHansPwa,
  ...zhHansCamera,
  ...zhHansTrust,
  ...zhHansTrial,
  ...zhHansSpots,
  ...zhHansTurn,
};
