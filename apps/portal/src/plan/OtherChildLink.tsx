import { useQuery } from '@tanstack/react-query';
import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { myChildrenQuery } from '../api/queries';
import { planMessages } from '../messages/plan';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

/** A way back to "choose child", shown only to parents of more than one child. */
export function OtherChildLink(): ReactNode {
  const t = useT(planMessages);
  const children = useQuery(myChildrenQuery());
  if ((children.data?.length ?? 0) < 2) return null;
  return (
    <p className="portal-back">
      <Link to={paths.home()}>{t('otherChild')}</Link>
    </p>
  );
}
