import { useT } from '@trappen/ui';
import { type ReactNode, useEffect } from 'react';
import { commonMessages } from '../messages/common';

/** The board's address, saying the council member came from the parent portal. */
export const BOARD_FROM_PORTAL = '/board/?fra=portal';

/** A council member in the parent portal is sent to the KPI board, which says why. */
export function CouncilRedirect(): ReactNode {
  const t = useT(commonMessages);
  useEffect(() => {
    window.location.replace(BOARD_FROM_PORTAL);
  }, []);
  return (
    <p className="portal-lead" role="status">
      {t('toBoard')} <a href={BOARD_FROM_PORTAL}>{t('toBoardLink')}</a>
    </p>
  );
}
