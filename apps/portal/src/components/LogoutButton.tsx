import { useMutation } from '@tanstack/react-query';
import { logout as logoutEverywhere, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { endSession, trpcClient } from '../api/client';
import { commonMessages } from '../messages/common';

/** Ends the session on the server (and at MitID, after a MitID login) and forgets all child data in the page. */
export function LogoutButton(): ReactNode {
  const t = useT(commonMessages);
  const logout = useMutation(
    // Even if the server call fails (e.g. the session had already expired), the
    // page must forget everything.
    {
      mutationFn: () => logoutEverywhere(() => trpcClient.auth.logout.mutate()),
      onSettled: () => endSession('loggedOut'),
    },
  );
  return (
    <button
      type="button"
      className="tr-button portal-logout"
      onClick={() => logout.mutate()}
      disabled={logout.isPending}
    >
      {logout.isPending ? t('loggingOut') : t('logout')}
    </button>
  );
}
