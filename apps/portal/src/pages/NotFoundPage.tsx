import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { DeadEnd } from '../components/DeadEnd';
import { commonMessages } from '../messages/common';

/** For an address inside the portal that is not a page. */
export function NotFoundPage(): ReactNode {
  const t = useT(commonMessages);
  return <DeadEnd title={t('notFoundTitle')} body={t('notFoundBody')} />;
}
