import { registerCatalogs } from '../i18n/i18n';
import { enPwa } from '../features/pwa/messages/en';
import { enShell } from '../features/shell/messages/en';

/**
 * Hands the app's catalogs to i18n/: the first screen's own English words up front, the whole
 * English catalog with the first lazy screen, Spanish and Chinese when chosen (each also brings
 * its points' texts).
 */
export function registerAppCatalogs(): void {
  registerCatalogs({
    firstScreenEnglish: { ...enShell, ...enPwa },
    loadEnglish: () => import('./en').then((m) => m.en),
    loaders: {
      es: () => import('./es').then((m) => m.loadSpanish()),
      'zh-Hans': () => import('./zh-hans').then((m) => m.loadChinese()),
    },
  });
}
