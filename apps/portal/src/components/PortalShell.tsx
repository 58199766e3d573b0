import { AppShell, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Me } from '../api/types';
import { commonMessages } from '../messages/common';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { LogoutButton } from './LogoutButton';

/** Props of {@link PortalShell}. */
export interface PortalShellProps {
  /** The logged-in user, or `null`. */
  me: Me | null;
  children: ReactNode;
}

/** The portal's frame: header with language toggle and logout, and a footer linking the accessibility statement. */
export function PortalShell({ me, children }: PortalShellProps): ReactNode {
  const t = useT(commonMessages);
  return (
    <AppShell
      appName={t('appName')}
      municipality={me?.municipality.name ?? t('defaultMunicipality')}
      {...(me
        ? {
            userRole: t('role'),
            headerActions: <LogoutButton />,
            navLabel: t('mainNav'),
            nav: (
              <ul className="portal-nav">
                <li>
                  <Link to={paths.home()}>{t('navHome')}</Link>
                </li>
                <li>
                  <Link to={paths.consents()}>{t('navConsents')}</Link>
                </li>
              </ul>
            ),
          }
        : {})}
      footer={
        <nav aria-label={t('footerNav')} className="portal-footer">
          <p>{t('footerNote')}</p>
          <Link to={paths.accessibility()}>{t('footerA11y')}</Link>
        </nav>
      }
    >
      {children}
    </AppShell>
  );
}
