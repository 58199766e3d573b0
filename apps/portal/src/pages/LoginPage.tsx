import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { meQueryKey, queryClient } from '../api/client';
import type { Me } from '../api/types';
import { LoginStep } from '../auth/login-step';
import { Notice } from '../components/Notice';
import { PageTitle } from '../components/PageTitle';
import { loginMessages } from '../messages/login';
import { markActive, useSessionNotice } from '../session/session-store';

/** The login page, with a clear message when the session expired or the parent logged out. */
export function LoginPage(): ReactNode {
  const t = useT(loginMessages);
  const notice = useSessionNotice();
  const signedIn = (user: Me) => {
    markActive();
    queryClient.setQueryData(meQueryKey, user);
  };
  return (
    <div className="portal-narrow">
      <PageTitle>{t('title')}</PageTitle>
      {notice === 'expired' ? (
        <Notice kind="warning" title={t('expiredTitle')}>
          {t('expiredBody')}
        </Notice>
      ) : null}
      {notice === 'loggedOut' ? (
        <Notice kind="success" title={t('loggedOutTitle')}>
          {t('loggedOutBody')}
        </Notice>
      ) : null}
      <p className="portal-lead">{t('intro')}</p>
      <LoginStep onSignedIn={signedIn} />
      <p className="portal-help">{t('help')}</p>
    </div>
  );
}
