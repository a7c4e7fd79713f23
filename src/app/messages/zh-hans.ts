import type { Catalog } from '../i18n';
import { addPointCatalog } from '../point-text';
import { en } from './en';
import { zhHansCore } from './zh-hans-core';
import { zhHansShell } from './zh-hans-shell';
import { zhHansSession } from './zh-hans-session';
import { zhHansGuide } from './zh-hans-guide';
import { zhHansSafety } from './zh-hans-safety';
import { zhHansJournal } from './zh-hans-journal';
import { zhHansPwa } from './zh-hans-pwa';
import { zhHansCamera } from './zh-hans-camera';
import { zhHansTrust } from './zh-hans-trust';
import { zhHansTrial } from '../../features/trial/messages/zh-Hans';
import { zhHansSpots } from '../../features/spots/messages/zh-Hans';
import { zhHansPoints } from './zh-hans-points';

/**
 * Simplified Chinese: every feature's messages and the points' texts, loaded only when chosen.
 * A key missing here shows in English; the catalog completeness test fails on it.
 */
export const zhHans = {
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
  return { ...en, ...zhHans };
}
