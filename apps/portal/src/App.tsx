import { PARENTS } from '@trappen/api/policy';
import { ErrorState, LoadingState, useT } from '@trappen/ui';
import { type ReactNode, Suspense, useEffect } from 'react';
import type { Me } from './api/types';
import { CouncilRedirect } from './components/CouncilRedirect';
import { PortalShell } from './components/PortalShell';
import { WrongRole } from './components/WrongRole';
import { commonMessages } from './messages/common';
import {
  LazyAccessibilityPage,
  LazyChooseChildPage,
  LazyConsentsPage,
  LazyLoginPage,
  LazyNotFoundPage,
  LazyPlanPage,
  LazyYourViewPage,
} from './pages/lazy-pages';
import { usePathname } from './router/history';
import { matchRoute, type Route } from './router/routes';
import { markActive } from './session/session-store';
import { useMe } from './session/use-me';

/** The page for a route once the parent is logged in. */
function signedInPage(route: Route): ReactNode {
  switch (route.name) {
    case 'home':
      return <LazyChooseChildPage />;
    case 'plan':
      return <LazyPlanPage key={route.childId} childId={route.childId} />;
    case 'consents':
      return <LazyConsentsPage />;
    case 'yourView':
      return <LazyYourViewPage key={route.childId} childId={route.childId} />;
    default:
      return <LazyNotFoundPage />;
  }
}

/** Decides what to show: the statement for anyone, else login, or the route's page. */
function pageFor(route: Route, me: Me | null | undefined, municipality: string): ReactNode {
  if (route.name === 'accessibility') return <LazyAccessibilityPage municipality={municipality} />;
  if (me === null) return <LazyLoginPage />;
  if (me?.role === 'councilMember') return <CouncilRedirect />;
  // The portal serves the parents' procedures; the policy names who may call them.
  if (me && !(PARENTS as readonly string[]).includes(me.role)) return <WrongRole />;
  return signedInPage(route);
}

/** The parent portal: a tiny router over the session state. */
export function App(): ReactNode {
  const t = useT(commonMessages);
  const route = matchRoute(usePathname());
  const me = useMe();
  useEffect(() => {
    if (me.data) markActive();
  }, [me.data]);
  const loading = <LoadingState label={t('loading')} />;
  let page: ReactNode;
  if (me.isError && route.name !== 'accessibility')
    page = <ErrorState message={t('networkError')} onRetry={() => me.refetch()} />;
  else if (me.isPending && route.name !== 'accessibility') page = loading;
  else page = pageFor(route, me.data, me.data?.municipality.name ?? t('defaultMunicipality'));
  return (
    <PortalShell me={me.data ?? null}>
      <Suspense fallback={loading}>{page}</Suspense>
    </PortalShell>
  );
}
