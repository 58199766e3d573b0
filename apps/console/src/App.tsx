import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  AppShell,
  ErrorState,
  LoadingState,
  logout as logoutEverywhere,
  useLanguage,
  useT,
} from '@trappen/ui';
import type { ReactNode } from 'react';
import { errorMessage } from './api/errors';
import { useTRPC } from './api/trpc';
import { CouncilRedirect } from './auth/CouncilRedirect';
import { LoginPage } from './auth/LoginPage';
import { can, STAFF } from './auth/roles';
import { forgetSessionData } from './auth/session-cache';
import { useMe } from './auth/useMe';
import { common } from './i18n/common';
import { Nav } from './Nav';
import { RouteView } from './router/RouteView';

/** The console: the shell around the login form or the current page. */
export function App(): ReactNode {
  const t = useT(common);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { me, error } = useMe();
  const localLogout = useMutation(trpc.auth.logout.mutationOptions());
  const logout = useMutation({
    mutationFn: () => logoutEverywhere(() => localLogout.mutateAsync()),
    onSettled: () => {
      forgetSessionData(queryClient);
      void queryClient.resetQueries({ queryKey: trpc.auth.me.queryKey() });
    },
  });
  const staff = me ? can(me.role, STAFF) : false;
  return (
    <AppShell
      appName={t('appName')}
      municipality={me?.municipality.name ?? ''}
      userRole={me ? `${t(`role.${me.role}`)} · ${me.displayName}` : undefined}
      navLabel={t('navLabel')}
      nav={me && staff ? <Nav role={me.role} /> : undefined}
      headerActions={
        me ? (
          <button type="button" className="tr-button" onClick={() => logout.mutate()}>
            {t('logout')}
          </button>
        ) : null
      }
      footer={<p className="c-footer">{t('footer')}</p>}
    >
      {me === undefined ? (
        <LoadingState />
      ) : error ? (
        <ErrorState message={errorMessage(error, lang)} onRetry={() => window.location.reload()} />
      ) : me === null ? (
        <LoginPage />
      ) : me.role === 'councilMember' ? (
        <CouncilRedirect />
      ) : !staff ? (
        <p className="c-alert c-alert--error" role="alert">
          {t('login.noAccess')}
        </p>
      ) : (
        <RouteView me={me} />
      )}
    </AppShell>
  );
}
