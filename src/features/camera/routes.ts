import type { App } from '../../app';
import type { ScreenRoute } from '../../shared/ui/screen-route';

/** The camera's screen, the message parts it shows, and the models it shows. */
export const cameraRoutes: readonly ScreenRoute<App>[] = [
  {
    path: '/camera/:id/:side',
    parts: ['camera', 'core', 'guide', 'spots'],
    screen: () => import('./ui/camera-route').then((m) => m.CameraRoute),
    models: (app) => [app.spots.load()],
  },
];
