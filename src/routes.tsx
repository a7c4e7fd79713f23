import { useEffect, useRef } from 'preact/hooks';
import { ErrorBoundary, lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { htmlLang, loadMessages, t } from './i18n/i18n';
import { AppContext, useApp } from './app-context';
import type { App as AppModels } from './app';
import { Home } from './features/shell/ui/home';
import { NotFound } from './features/shell/ui/not-found';
import { UpdatePrompt } from './features/pwa/ui/update-prompt';
import { InstallHint } from './features/pwa/ui/install-hint';
import { JournalReminder } from './features/journal/ui/journal-reminder';
import { loadTrialScreen, loadTrialSummary } from './features/trial/routes';

// Every screen but the first loads when it is opened, together with the rest of the messages
// (the first screen carries only its own). Each feature adds its routes here.
function withMessages<T>(screen: Promise<T>): Promise<T> {
  return Promise.all([screen, loadMessages()]).then(([module]) => module);
}
const PointsList = lazy(() =>
  withMessages(import('./features/guide/ui/points-list')).then((m) => m.PointsList),
);
const PointPage = lazy(() =>
  withMessages(import('./features/guide/ui/point-page')).then((m) => m.PointPage),
);
const PrintSheet = lazy(() =>
  withMessages(import('./features/guide/ui/print-sheet')).then((m) => m.PrintSheet),
);
const CameraRoute = lazy(() =>
  withMessages(import('./features/camera/ui/camera-route')).then((m) => m.CameraRoute),
);
const SourcesPage = lazy(() =>
  withMessages(import('./features/guide/ui/sources-page')).then((m) => m.SourcesPage),
);
const SafetyScreen = lazy(() =>
  withMessages(import('./features/safety/ui/safety-screen')).then((m) => m.SafetyScreen),
);
const HelpScreen = lazy(() =>
  withMessages(import('./features/safety/ui/help-screen')).then((m) => m.HelpScreen),
);
const Settings = lazy(() =>
  withMessages(import('./features/shell/ui/settings')).then((m) => m.Settings),
);
const About = lazy(() => withMessages(import('./features/shell/ui/about')).then((m) => m.About));
const Licenses = lazy(() =>
  withMessages(import('./features/shell/ui/licenses')).then((m) => m.Licenses),
);
const HistoryScreen = lazy(() =>
  withMessages(import('./features/journal/ui/history-screen')).then((m) => m.HistoryScreen),
);
/**
 * When the user heads for History (pointer over, focus or touch on its link): its code, its
 * messages and the journal's database code load (nothing is read), so the click does not wait
 * for them. Not on idle: that would put Dexie's evaluation on every first screen's main thread.
 */
function usePrepareHistory(): () => void {
  const { journal } = useApp();
  const isPrepared = useRef(false);
  return () => {
    if (isPrepared.current) return;
    isPrepared.current = true;
    void withMessages(import('./features/journal/ui/history-screen')).then(
      () => journal.load().then((loaded) => loaded.prepare()),
      () => (isPrepared.current = false),
    );
  };
}
const TrialScreen = lazy(() => withMessages(loadTrialScreen()));
const TrialSummary = lazy(() => withMessages(loadTrialSummary()));
const SessionScreen = lazy(() =>
  withMessages(import('./features/session/ui/session-screen')).then((m) => m.SessionScreen),
);

/**
 * While a session runs on its screen, the site's navigation steps aside: the player has the
 * whole screen, and End is the way out.
 */
function useIsPlayerScreen(): boolean {
  const { path } = useLocation();
  return useApp().isSessionActive.value && path === '/session';
}

function Header() {
  const prepareHistory = usePrepareHistory();
  if (useIsPlayerScreen()) return null;
  return (
    <header class="site-header">
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <a class="brand" href="/">
        {t('app.name')}
      </a>
      <nav aria-label={t('nav.main')}>
        <ul>
          <li>
            <a href="/points">{t('nav.points')}</a>
          </li>
          <li>
            <a
              href="/history"
              onPointerEnter={prepareHistory}
              onFocus={prepareHistory}
              onTouchStart={prepareHistory}
            >
              {t('journal.nav')}
            </a>
          </li>
          <li>
            <a href="/help">{t('nav.help')}</a>
          </li>
          <li>
            <a href="/settings">{t('nav.settings')}</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}

/** Less-used pages, at the foot of every screen, so the header stays short on a phone. */
function Footer() {
  if (useIsPlayerScreen()) return null;
  return (
    <footer class="site-footer">
      <nav aria-label={t('nav.more')}>
        <ul>
          <li>
            <a href="/about">{t('nav.about')}</a>
          </li>
          <li>
            <a href="/sources">{t('nav.sources')}</a>
          </li>
        </ul>
      </nav>
    </footer>
  );
}

export function App({ app }: { readonly app: AppModels }) {
  useEffect(() => {
    document.documentElement.lang = htmlLang.value;
  }, [htmlLang.value]);
  return (
    <AppContext.Provider value={app}>
      <LocationProvider>
        <Header />
        <main id="main" tabIndex={-1}>
          <UpdatePrompt />
          <JournalReminder />
          <ErrorBoundary>
            <Router>
              <Route path="/" component={Home} />
              <Route path="/points" component={PointsList} />
              <Route path="/points/:id" component={PointPage} />
              <Route path="/print" component={PrintSheet} />
              <Route path="/camera/:id/:side" component={CameraRoute} />
              <Route path="/sources" component={SourcesPage} />
              <Route path="/safety" component={SafetyScreen} />
              <Route path="/help" component={HelpScreen} />
              <Route path="/settings" component={Settings} />
              <Route path="/about" component={About} />
              <Route path="/licenses" component={Licenses} />
              <Route path="/session" component={SessionScreen} />
              <Route path="/history" component={HistoryScreen} />
              <Route path="/trial" component={TrialScreen} />
              <Route path="/trial/summary" component={TrialSummary} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
          <InstallHint />
        </main>
        <Footer />
      </LocationProvider>
    </AppContext.Provider>
  );
}
