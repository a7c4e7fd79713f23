import type { App } from '../../app';
import type { ScreenRoute } from '../../shared/ui/screen-route';

/**
 * History, the message parts it shows, and the models it shows (the journal's own loads when it
 * is prepared or opened: src/routes.tsx).
 */
export const historyRoute: ScreenRoute<App> = {
  path: '/history',
  parts: ['core', 'guide', 'journal', 'safety', 'spots', 'trial', 'turn'],
  screen: () => import('./ui/history-screen').then((m) => m.HistoryScreen),
  models: (app) => [app.spots.load()],
};

export const journalRoutes: readonly ScreenRoute<App>[] = [historyRoute];
