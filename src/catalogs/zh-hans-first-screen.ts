import type { PartialCatalog } from '../i18n/i18n';
import { addPointCatalog } from '../features/guide/model/point-catalog';
import type { enPwa } from '../features/pwa/messages/en';
import type { enShell } from '../features/shell/messages/en';
import { zhHansPoints } from '../features/guide/messages/zh-hans-points';
import { zhHansPwa } from '../features/pwa/messages/zh-hans';
import { zhHansShell } from '../features/shell/messages/zh-hans';

/** The first screen's Chinese words, loaded together when Chinese is chosen. */
const zhHansFirstScreen: Readonly<Record<keyof typeof enShell | keyof typeof enPwa, string>> = {
  ...zhHansShell,
  ...zhHansPwa,
};

/** The first screen's words; Home names the points, so their texts come with them. */
export function loadChineseFirstScreen(): PartialCatalog {
  addPointCatalog('zh-Hans', zhHansPoints);
  return zhHansFirstScreen;
}
