import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { commonMessages } from '../messages/common';
import { PageTitle } from './PageTitle';

/** For staff who log in to the parent portal by mistake. */
export function WrongRole(): ReactNode {
  const t = useT(commonMessages);
  return (
    <div className="portal-narrow">
      <PageTitle>{t('wrongRoleTitle')}</PageTitle>
      <p className="portal-lead">{t('wrongRoleBody')}</p>
    </div>
  );
}
