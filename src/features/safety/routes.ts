import type { App } from '../../app';
import type { ScreenRoute } from '../../shared/ui/screen-route';

/** The safety screens and the message parts each shows. */
export const safetyRoutes: readonly ScreenRoute<App>[] = [
  {
    path: '/safety',
    parts: ['safety'],
    screen: () => import('./ui/safety-screen').then((m) => m.SafetyScreen),
  },
  {
    path: '/help',
    parts: ['safety'],
    screen: () => import('./ui/help-screen').then((m) => m.HelpScreen),
  },
];
