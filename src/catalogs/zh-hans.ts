import type { Catalog } from '../i18n/i18n';
import { addPointCatalog } from '../features/guide/model/point-text';
import { zhHansCore } from '../features/shell/messages/zh-hans-core';
import { zhHansShell } from '../features/shell/messages/zh-hans';
import { zhHansSession } from '../features/session/messages/zh-hans';
import { zhHansGuide } from '../features/guide/messages/zh-hans';
import { zhHansSafety } from '../features/safety/messages/zh-hans';
import { zhHansJournal } from '../features/journal/messages/zh-hans';
import { zhHansPwa } from '../features/pwa/messages/zh-hans';
import { zhHansCamera } from '../features/camera/messages/zh-hans';
import { zhHansTrust } from '../features/shell/messages/zh-hans-trust';
import { zhHansTrial } from '../features/trial/messages/zh-Hans';
import { zhHansSpots } from '../features/spots/messages/zh-Hans';
import { zhHansPoints } from '../features/guide/messages/zh-hans-points';

/**
 * Simplified Chinese: every feature's messages and the points' texts, loaded only when chosen.
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
};

export function loadChinese(): Catalog {
  addPointCatalog('zh-Hans', zhHansPoints);
  return zhHans;
}
