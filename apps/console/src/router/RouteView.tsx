import { EmptyState, LoadingState, useT } from '@trappen/ui';
import { type ReactNode, Suspense, useEffect, useRef } from 'react';
import type { Me } from '../api/types';
import { can } from '../auth/roles';
import { common } from '../i18n/common';
import { navigate, useLocation } from './history';
import { Link } from './Link';
import { matchPath } from './match';
import { ROUTES } from './routes';

/** Renders the page for the current path, checking the user's role first. */
export function RouteView({ me }: { me: Me }): ReactNode {
  const t = useT(common);
  const { path } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (path === '/') navigate('/cases', { replace: true });
  }, [path]);
  // After an in-app navigation, move focus to <main> so keyboard and screen-reader
  // users start at the new page instead of the link they left.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus();
    window.scrollTo(0, 0);
  }, [path]);
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    if (!can(me.role, route.roles)) {
      return (
        <EmptyState title={t('page.forbidden')} level={2}>
          <Link to="/cases">{t('page.toCases')}</Link>
        </EmptyState>
      );
    }
    const Page = route.page;
    return (
      <Suspense fallback={<LoadingState label={t('loadingPage')} />}>
        <Page params={params} />
      </Suspense>
    );
  }
  if (path === '/') return null;
  return (
    <EmptyState title={t('page.notFound')}>
      <p>{t('page.notFoundBody')}</p>
      <Link to="/cases">{t('page.toCases')}</Link>
    </EmptyState>
  );
}
