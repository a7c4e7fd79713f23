import { useEffect, useMemo, useRef } from 'preact/hooks';
import { ErrorBoundary, lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { htmlLang, loadMessages, t } from './i18n/i18n';
import { AppContext, useApp } from './app-context';
import type { App as AppModels } from './app';
import { Home } from './features/shell/ui/home';
import { NotFound } from './shared/ui/not-found';
import { UpdatePrompt } from './features/pwa/ui/update-prompt';
import { InstallHint } from './features/pwa/ui/install-hint';
import { JournalReminder } from './features/journal/ui/journal-reminder';
import type { ScreenRoute } from './shared/ui/screen-route';
import { loadChartCode } from './shared/ui/chart-code';
import { cameraRoutes } from './features/camera/routes';
import { guideRoutes } from './features/guide/routes';
import { historyRoute, journalRoutes } from './features/journal/routes';
import { safetyRoutes } from './features/safety/routes';
import { sessionRoutes } from './features/session/routes';
import { shellRoutes } from './features/shell/routes';
import { trialRoutes } from './features/trial/routes';
import { turnRoutes } from './features/turn/routes';

// Every screen but the first loads when it is opened, together with the message parts it shows
// (the first screen's own are there already: the frame's, Home's and the points' texts) and the
// models it shows. Each feature lists its screens in its routes.ts (src/shared/ui/screen-route.ts).
const screenRoutes: readonly ScreenRoute<AppModels>[] = [
  ...guideRoutes,
  ...cameraRoutes,
  ...safetyRoutes,
  ...shellRoutes,
  ...sessionRoutes,
  ...journalRoutes,
  ...trialRoutes,
  ...turnRoutes,
];

/** The screen's code, once it and its words and models are there. */
function loadScreen(route: ScreenRoute<AppModels>, app?: AppModels) {
  return Promise.all([
    route.screen(),
    loadMessages(route.parts),
    ...(app && route.models ? route.models(app) : []),
  ]).then(([screen]) => screen);
}

/** The lazy screens, made once for the app, whose models they load with their code. */
function createScreens(app: AppModels) {
  return screenRoutes.map((route) => ({
    path: route.path,
    component: lazy(() => loadScreen(route, app)),
  }));
}

/**
 * When the user heads for History (pointer over, focus or touch on its link): its code, its
 * messages, the chart's code and the journal's database code load, and the database opens
 * (nothing is read), so the click does not wait for them. Not on idle: that would put Dexie's
 * and uPlot's evaluation on every first screen's main thread.
 */
function usePrepareHistory(): () => void {
  const { journal } = useApp();
  const isPrepared = useRef(false);
  return () => {
    if (isPrepared.current) return;
    isPrepared.current = true;
    void loadScreen(historyRoute).then(
      () => {
        void loadChartCode().catch(() => undefined);
        return journal.load().then((loaded) => loaded.prepare());
      },
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
              {screens.map((screen) => (
                <Route key={screen.path} path={screen.path} component={screen.component} />
              ))}
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
