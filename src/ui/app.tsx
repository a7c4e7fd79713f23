import { useEffect } from 'preact/hooks';
import { ErrorBoundary, lazy, LocationProvider, Route, Router } from 'preact-iso';
import { htmlLang, t } from '../app/i18n';
import { Home } from './screens/home';
import { PointsList } from './screens/points-list';
import { NotFound } from './screens/not-found';
import { UpdatePrompt } from './components/update-prompt';
import { InstallHint } from './components/install-hint';

// Every screen but the first loads when it is opened. Each feature adds its routes here.
const PointPage = lazy(() => import('./screens/point-page').then((m) => m.PointPage));
const SourcesPage = lazy(() => import('./screens/sources-page').then((m) => m.SourcesPage));
const SessionScreen = lazy(() =>
  import('./screens/session/session-screen').then((m) => m.SessionScreen),
);

function Header() {
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
            <a href="/sources">{t('nav.sources')}</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}

export function App() {
  useEffect(() => {
    document.documentElement.lang = htmlLang.value;
  }, [htmlLang.value]);
  return (
    <LocationProvider>
      <Header />
      <main id="main" tabIndex={-1}>
        <UpdatePrompt />
        <ErrorBoundary>
          <Router>
            <Route path="/" component={Home} />
            <Route path="/points" component={PointsList} />
            <Route path="/points/:id" component={PointPage} />
            <Route path="/sources" component={SourcesPage} />
            <Route path="/session" component={SessionScreen} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
        <InstallHint />
      </main>
    </LocationProvider>
  );
}
