import type { App } from '../../app';
import type { ScreenRoute } from '../../shared/ui/screen-route';

/**
 * The session's screen, the message parts it shows, and the models it shows. The session's own
 * model loads on its screen (it also looks for a session to resume).
 */
export const sessionRoutes: readonly ScreenRoute<App>[] = [
  {
    path: '/session',
    parts: ['camera', 'core', 'guide', 'journal', 'safety', 'session', 'spots', 'turn'],
    screen: () => import('./ui/session-screen').then((m) => m.SessionScreen),
    models: (app) => [app.spots.load()],
  },
];
