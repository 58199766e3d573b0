import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { commonMessages } from '../messages/common';
import { DeadEnd } from './DeadEnd';

/**
 * The one answer for a child that does not exist and for a child that is not the
 * parent's: the page must not tell the two apart.
 */
export function ChildNotFound(): ReactNode {
  const t = useT(commonMessages);
  return <DeadEnd title={t('childNotFoundTitle')} body={t('childNotFoundBody')} />;
}
