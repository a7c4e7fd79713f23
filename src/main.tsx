import { render } from 'preact';
import { App } from './routes';
import { createApp } from './app';
import { browserPorts } from './platform/browser-ports';
import { registerAppCatalogs } from './catalogs/register';
import './shared/ui/styles.css';

// Wiring: the browser's adapters go into createApp, which builds every model once; the UI gets
// the app through its context.
registerAppCatalogs();
const app = createApp(browserPorts());
const root = document.getElementById('app');
if (root) render(<App app={app} />, root);

// Offline: the service worker is registered after the page has loaded, so that its precache
// downloads never delay the first screen; its code loads then too, not with the first screen.
if (import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void import('./platform/service-worker')
      .then(({ registerServiceWorker }) => registerServiceWorker())
      .then((updater) => updater && app.connectUpdates(updater));
  });
}
