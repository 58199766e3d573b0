import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Role } from './api/types';
import { ADMINS, can, INTAKE, LEADERS, STAFF } from './auth/roles';
import { common } from './i18n/common';
import { useLocation } from './router/history';
import { Link } from './router/Link';

const ITEMS = [
  { to: '/cases', key: 'nav.cases', roles: STAFF },
  { to: '/intake', key: 'nav.intake', roles: INTAKE },
  { to: '/team', key: 'nav.team', roles: LEADERS },
  { to: '/business-cases', key: 'nav.businessCases', roles: LEADERS },
  { to: '/import', key: 'nav.import', roles: LEADERS },
  { to: '/staff', key: 'nav.staff', roles: LEADERS },
  { to: '/admin', key: 'nav.admin', roles: ADMINS },
  { to: '/retention', key: 'nav.retention', roles: ADMINS },
] as const;

/** The main menu: only the pages the role may open, the current one marked. */
export function Nav({ role }: { role: Role }): ReactNode {
  const t = useT(common);
  const { path } = useLocation();
  return (
    <ul className="c-nav">
      {ITEMS.filter((item) => can(role, item.roles)).map((item) => {
        const current = path === item.to || path.startsWith(`${item.to}/`);
        return (
          <li key={item.to}>
            <Link to={item.to} aria-current={current ? 'page' : undefined}>
              {t(item.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
