/** The console: sign-in until a key is accepted, then the page the location names. */
import { lazy, Suspense, useEffect } from 'react';

/** The trade page carries the charting library: it loads only when opened. */
const TradePage = lazy(() => import('./pages/trade-page').then((m) => ({ default: m.TradePage })));
import { AppHeader } from './components/app-header';
import { DiffPage } from './pages/diff-page';
import { AlertPage } from './pages/alert-page';
import { AlertsPage } from './pages/alerts-page';
import { PaymentsPage } from './pages/payments-page';
import { MediaPage } from './pages/media-page';
import { Loading } from './components/loading';
import { EntityPage } from './pages/entity-page';
import { ListsPage } from './pages/lists-page';
import { NotFoundPage } from './pages/not-found-page';
import { ScreenPage } from './pages/screen-page';
import { SignInPage } from './pages/sign-in-page';
import { forgetScreening } from './screening-memory';
import { useRoute, type Route } from './router';
import { SessionProvider, useSession } from './session';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'screen':
      return <ScreenPage />;
    case 'entity':
      return <EntityPage key={`${route.id}@${route.version ?? ''}`} id={route.id} version={route.version} />;
    case 'lists':
      return <ListsPage />;
    case 'diff':
      return <DiffPage route={route} />;
    case 'payments':
      return <PaymentsPage />;
    case 'media':
      return <MediaPage />;
    case 'trade':
      return (
        <Suspense fallback={<Loading what="the trade page" />}>
          <TradePage />
        </Suspense>
      );
    case 'alerts':
      return <AlertsPage route={route} />;
    case 'alert':
      return <AlertPage key={route.id} id={route.id} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

function Shell() {
  const { state } = useSession();
  const route = useRoute();
  const signedIn = state.status === 'signed-in';

  useEffect(() => {
    if (!signedIn) forgetScreening();
  }, [signedIn]);

  if (state.status === 'checking') {
    return (
      <p className="loading centered" role="status">
        Checking your API key…
      </p>
    );
  }
  if (state.status === 'signed-out') return <SignInPage message={state.message} />;
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader route={route} />
      <main id="main" className="page" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}
