import type { App } from '../../app';
import type { ScreenRoute } from '../../shared/ui/screen-route';

/** The trial's screens, the message parts each shows, and the models it shows. */
export const trialRoutes: readonly ScreenRoute<App>[] = [
  {
    path: '/trial',
    parts: ['journal', 'safety', 'trial', 'turn'],
    screen: () => import('./ui/trial-screen').then((m) => m.TrialScreen),
    models: (app) => [app.trial.load(), app.journal.load()],
  },
  {
    path: '/trial/summary',
    parts: ['journal', 'safety', 'spots', 'trial', 'turn'],
    screen: () => import('./ui/trial-summary').then((m) => m.TrialSummary),
    models: (app) => [app.trial.load(), app.journal.load()],
  },
];
