import { useT } from '@trappen/ui';
import { type ReactNode, useEffect } from 'react';
import { common } from '../i18n/common';

/** The board's address, saying the council member came from the console. */
export const BOARD_FROM_CONSOLE = '/board/?fra=konsol';

/** A council member in the console is sent to the KPI board, which says why. */
export function CouncilRedirect(): ReactNode {
  const t = useT(common);
  useEffect(() => {
    window.location.replace(BOARD_FROM_CONSOLE);
  }, []);
  return (
    <p className="c-alert" role="status">
      {t('login.toBoard')} <a href={BOARD_FROM_CONSOLE}>{t('login.toBoardLink')}</a>
    </p>
  );
}
