import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { PageTitle } from '../components/PageTitle';
import { commonMessages } from '../messages/common';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

/** For an address inside the portal that is not a page. */
export function NotFoundPage(): ReactNode {
  const t = useT(commonMessages);
  return (
    <div className="portal-narrow">
      <PageTitle>{t('notFoundTitle')}</PageTitle>
      <p className="portal-lead">{t('notFoundBody')}</p>
      <p>
        <Link to={paths.home()} className="tr-button tr-button--primary portal-cta">
          {t('toFrontPage')}
        </Link>
      </p>
    </div>
  );
}
