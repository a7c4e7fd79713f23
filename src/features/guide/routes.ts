import type { App } from '../../app';
import type { ScreenRoute } from '../../shared/ui/screen-route';

/** The guide's screens, the message parts each shows, and the models it shows. */
export const guideRoutes: readonly ScreenRoute<App>[] = [
  {
    path: '/points',
    parts: ['core', 'guide'],
    screen: () => import('./ui/points-list').then((m) => m.PointsList),
  },
  {
    path: '/points/:id',
    parts: ['camera', 'core', 'guide', 'safety', 'spots'],
    screen: () => import('./ui/point-page').then((m) => m.PointPage),
    models: (app) => [app.spots.load()],
  },
  {
    path: '/print',
    parts: ['core', 'guide', 'safety', 'spots'],
    screen: () => import('./ui/print-sheet').then((m) => m.PrintSheet),
    models: (app) => [app.spots.load()],
  },
  {
    path: '/sources',
    parts: ['core', 'safety'],
    screen: () => import('./ui/sources-page').then((m) => m.SourcesPage),
  },
];
