import { useEffect, useMemo, useRef } from 'preact/hooks';
import { ErrorBoundary, lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { htmlLang, loadMessages, t, type MessagePart } from './i18n/i18n';
import { AppContext, useApp } from './app-context';
import type { App as AppModels } from './app';
import { Home } from './features/shell/ui/home';
import { NotFound } from './shared/ui/not-found';
import { UpdatePrompt } from './features/pwa/ui/update-prompt';
import { InstallHint } from './features/pwa/ui/install-hint';
import { JournalReminder } from './features/journal/ui/journal-reminder';

// Every screen but the first loads when it is opened, together with the message parts it shows
// (the first screen's own are there already: the frame's, Home's and the points' texts) and the
// models it shows (so that it renders whole, never waiting part-drawn for a model). Each feature
// adds its routes here; src/catalogs/parts.test.ts checks that each screen's parts hold every
// word its code can ask for.
function withMessages<T>(
  parts: readonly MessagePart[],
  screen: Promise<T>,
  ...models: Promise<unknown>[]
): Promise<T> {
  return Promise.all([screen, loadMessages(parts), ...models]).then(([module]) => module);
}

const historyParts = ['core', 'guide', 'journal', 'safety', 'spots', 'trial', 'turn'] as const;

/** History's chart (uPlot), fetched alongside the screen; the chart says if it cannot load. */
const chartCode = () => import('uplot').catch(() => undefined);

/** The lazy screens, made once for the app, whose models they load with their code. */
function createScreens(app: AppModels) {
  const spots = () => app.spots.load();
  const journal = () => app.journal.load();
  /** The journal read (trend rows and the latest sessions), failing into the screen's message. */
  const openJournal = () =>
    journal().then(
      (loaded) => loaded.load(),
      () => undefined,
    );
  return {
    PointsList: lazy(() =>
      withMessages(['core', 'guide'], import('./features/guide/ui/points-list')).then(
        (m) => m.PointsList,
      ),
    ),
    PointPage: lazy(() =>
      withMessages(
        ['camera', 'core', 'guide', 'safety', 'spots'],
        import('./features/guide/ui/point-page'),
        spots(),
      ).then((m) => m.PointPage),
    ),
    PrintSheet: lazy(() =>
      withMessages(
        ['core', 'guide', 'safety', 'spots'],
        import('./features/guide/ui/print-sheet'),
        spots(),
      ).then((m) => m.PrintSheet),
    ),
    CameraRoute: lazy(() =>
      withMessages(
        ['camera', 'core', 'guide', 'spots'],
        import('./features/camera/ui/camera-route'),
        spots(),
      ).then((m) => m.CameraRoute),
    ),
    SourcesPage: lazy(() =>
      withMessages(['core', 'safety'], import('./features/guide/ui/sources-page')).then(
        (m) => m.SourcesPage,
      ),
    ),
    SafetyScreen: lazy(() =>
      withMessages(['safety'], import('./features/safety/ui/safety-screen')).then(
        (m) => m.SafetyScreen,
      ),
    ),
    HelpScreen: lazy(() =>
      withMessages(['safety'], import('./features/safety/ui/help-screen')).then(
        (m) => m.HelpScreen,
      ),
    ),
    Settings: lazy(() =>
      withMessages(
        ['core', 'journal', 'safety', 'session', 'spots', 'trial'],
        import('./features/shell/ui/settings'),
        journal(),
      ).then((m) => m.Settings),
    ),
    About: lazy(() =>
      withMessages(['core', 'safety', 'trust', 'turn'], import('./features/shell/ui/about')).then(
        (m) => m.About,
      ),
    ),
    Licenses: lazy(() =>
      withMessages(['trust'], import('./features/shell/ui/licenses')).then((m) => m.Licenses),
    ),
    AccessibilityStatement: lazy(() =>
      withMessages(['trust'], import('./features/shell/ui/accessibility')).then(
        (m) => m.AccessibilityStatement,
      ),
    ),
    // History reads the journal and fetches the chart's code while its own code loads: one
    // round of loading, not three (code, then the journal, then the chart).
    HistoryScreen: lazy(() =>
      withMessages(
        historyParts,
        import('./features/journal/ui/history-screen'),
        spots(),
        openJournal(),
        chartCode(),
      ).then((m) => m.HistoryScreen),
    ),
    TrialScreen: lazy(() =>
      withMessages(
        ['journal', 'safety', 'trial'],
        import('./features/trial/ui/trial-screen'),
        app.trial.load(),
        journal(),
      ).then((m) => m.TrialScreen),
    ),
    TrialSummary: lazy(() =>
      withMessages(
        ['journal', 'safety', 'spots', 'trial'],
        import('./features/trial/ui/trial-summary'),
        app.trial.load(),
        journal(),
      ).then((m) => m.TrialSummary),
    ),
    TurnScreen: lazy(() =>
      withMessages(['core', 'safety', 'turn'], import('./features/turn/ui/turn-screen')).then(
        (m) => m.TurnScreen,
      ),
    ),
    // The session's model loads on its screen (it also looks for a session to resume).
    SessionScreen: lazy(() =>
      withMessages(
        ['camera', 'core', 'guide', 'journal', 'safety', 'session', 'spots'],
        import('./features/session/ui/session-screen'),
        spots(),
      ).then((m) => m.SessionScreen),
    ),
  };
}

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
    void withMessages(
      historyParts,
      import('./features/journal/ui/history-screen'),
      chartCode(),
    ).then(
      () => journal.load().then((loaded) => loaded.prepare()),
      () => (isPrepared.current = false),
    );
  };
}

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
  const screens = useMemo(() => createScreens(app), [app]);
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
              <Route path="/points" component={screens.PointsList} />
              <Route path="/points/:id" component={screens.PointPage} />
              <Route path="/print" component={screens.PrintSheet} />
              <Route path="/camera/:id/:side" component={screens.CameraRoute} />
              <Route path="/sources" component={screens.SourcesPage} />
              <Route path="/safety" component={screens.SafetyScreen} />
              <Route path="/help" component={screens.HelpScreen} />
              <Route path="/settings" component={screens.Settings} />
              <Route path="/about" component={screens.About} />
              <Route path="/licenses" component={screens.Licenses} />
              <Route path="/accessibility" component={screens.AccessibilityStatement} />
              <Route path="/session" component={screens.SessionScreen} />
              <Route path="/history" component={screens.HistoryScreen} />
              <Route path="/trial" component={screens.TrialScreen} />
              <Route path="/trial/summary" component={screens.TrialSummary} />
              <Route path="/turn" component={screens.TurnScreen} />
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
