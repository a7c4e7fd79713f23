import { render } from 'preact';
import { App } from './routes';
import { loadLanguage } from './features/shell/model/language';
import { configureServices } from './services';
import { loadHealth } from './features/safety/model/health';
import { createLocalSettings } from './platform/local-settings';
import { connectUpdates } from './features/pwa/model/update';
import { connectInstall } from './features/pwa/model/install';
import { registerServiceWorker } from './platform/service-worker';
import { createInstallPrompter } from './platform/install-prompt';
import { registerAppCatalogs } from './catalogs/register';
import './shared/ui/styles.css';

// Wiring: builds the platform adapters, hands them to the models, mounts the UI.
// Heavy adapters are loaders, imported only when a screen first needs them.
registerAppCatalogs();
const settings = createLocalSettings();
configureServices({
  settings,
  loadSessionPlatform: () =>
    import('./platform/session-platform').then((m) => m.createSessionPlatform()),
  loadJournalPlatform: () => import('./platform/db').then((m) => m.createJournalPlatform()),
  loadCameraPlatform: () =>
    import('./platform/camera-platform').then((m) => m.createCameraPlatform()),
});
loadHealth(settings);
void loadLanguage(settings, navigator.languages);
const root = document.getElementById('app');
if (root) render(<App />, root);

// Offline and installable: the install prompt is caught from the start; the service worker is
// registered after the page has loaded, so that its precache downloads never delay the first screen.
connectInstall(createInstallPrompter(), settings, window);
if (import.meta.env.PROD) {
  window.addEventListener('load', () => {
    void registerServiceWorker().then((updater) => updater && connectUpdates(updater));
  });
}
