import type { App } from '../../app';
import type { ScreenRoute } from '../../shared/ui/screen-route';

/** The shell's screens after Home, the message parts each shows, and the models it shows. */
export const shellRoutes: readonly ScreenRoute<App>[] = [
  {
    path: '/settings',
    parts: ['core', 'journal', 'safety', 'session', 'spots', 'trial'],
    screen: () => import('./ui/settings').then((m) => m.Settings),
    models: (app) => [app.journal.load()],
  },
  {
    path: '/about',
    parts: ['core', 'safety', 'trust', 'turn'],
    screen: () => import('./ui/about').then((m) => m.About),
  },
  {
    path: '/licenses',
    parts: ['trust'],
    screen: () => import('./ui/licenses').then((m) => m.Licenses),
  },
  {
    path: '/accessibility',
    parts: ['trust'],
    screen: () => import('./ui/accessibility').then((m) => m.AccessibilityStatement),
  },
];
