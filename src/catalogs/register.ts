import { registerCatalogs } from '../i18n/i18n';
import { enPwa } from '../features/pwa/messages/en';
import { enShell } from '../features/shell/messages/en';

/**
 * Hands the app's words to i18n/: the first screen's English words (the frame's, Home's and the
 * update prompt's) up front; the same in Spanish or Chinese, with the points' texts, when chosen;
 * and the table of the later screens' parts, with the first lazy screen (parts.ts).
 */
export function registerAppCatalogs(): void {
  registerCatalogs({
    firstScreenEnglish: { ...enShell, ...enPwa },
    firstScreen: {
      es: () => import('./es-first-screen').then((m) => m.loadSpanishFirstScreen()),
      'zh-Hans': () => import('./zh-hans-first-screen').then((m) => m.loadChineseFirstScreen()),
    },
    loadParts: () => import('./parts').then((m) => m.parts),
  });
}
