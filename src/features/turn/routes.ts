import type { App } from '../../app';
import type { ScreenRoute } from '../../shared/ui/screen-route';

/** The turn test's screen and the message parts it shows. */
export const turnRoutes: readonly ScreenRoute<App>[] = [
  {
    path: '/turn',
    parts: ['core', 'safety', 'turn'],
    screen: () => import('./ui/turn-screen').then((m) => m.TurnScreen),
  },
];
