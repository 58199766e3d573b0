import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { commonMessages } from '../messages/common';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageTitle } from './PageTitle';

/**
 * The one answer for a child that does not exist and for a child that is not the
 * parent's: the page must not tell the two apart.
 */
export function ChildNotFound(): ReactNode {
  const t = useT(commonMessages);
  return (
    <div className="portal-narrow">
      <PageTitle>{t('childNotFoundTitle')}</PageTitle>
      <p className="portal-lead">{t('childNotFoundBody')}</p>
      <p>
        <Link to={paths.home()} className="tr-button tr-button--primary portal-cta">
          {t('toFrontPage')}
        </Link>
      </p>
    </div>
  );
}
