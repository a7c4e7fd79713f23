import type { App } from '../../app';
import { loadChartCode } from '../../shared/ui/chart-code';
import type { ScreenRoute } from '../../shared/ui/screen-route';

/**
 * History, the message parts it shows, and the models it shows. The journal is read and the
 * chart's code (uPlot) fetched while the screen's own code loads: one round of loading, not three
 * (code, then the journal, then the chart). Either failing leaves it to the screen to say so.
 */
export const historyRoute: ScreenRoute<App> = {
  path: '/history',
  parts: ['core', 'guide', 'journal', 'safety', 'spots', 'trial', 'turn'],
  screen: () => import('./ui/history-screen').then((m) => m.HistoryScreen),
  models: (app) => [
    app.spots.load(),
    app.journal.load().then(
      (journal) => journal.load(),
      () => undefined,
    ),
    loadChartCode().catch(() => undefined),
  ],
};

export const journalRoutes: readonly ScreenRoute<App>[] = [historyRoute];
