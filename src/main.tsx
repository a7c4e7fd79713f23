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
// The first screen is drawn in a task of its own, after the one that evaluates the modules and
// builds the models: two shorter tasks rather than one long one on a slow phone's main thread
// (Lighthouse's total blocking time 11-24 ms -> 0-2 ms, first paint unchanged).
if (root) setTimeout(() => render(<App app={app} />, root));

// Offline: the service worker is registered once the page has loaded and the browser is idle
// after drawing it, so that neither its code nor its precache downloads delay the first screen.
if (import.meta.env.PROD) {
  const register = () => {
    void import('./platform/service-worker')
      .then(({ registerServiceWorker }) => registerServiceWorker())
      .then((updater) => updater && app.connectUpdates(updater));
  };
  window.addEventListener('load', () => {
    // Safari has no requestIdleCallback: there, the next task.
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 });
    else setTimeout(register);
  });
}
