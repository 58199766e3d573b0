import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { AppRouter } from '@trappen/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { navigate } from '../router/history';
import { paths } from '../router/routes';
import { isActive, markEnded } from '../session/session-store';
import { isUnauthorized, toProblem } from './errors';

// Child data lives only in this in-memory cache: nothing is persisted, and the
// cache is emptied on logout and on session expiry.
function onError(error: unknown): void {
  if (isUnauthorized(error) && isActive()) endSession('expired');
}

/** The one query cache of the app (in memory only). */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // Client errors (401, 404 …) will not change by asking again.
      retry: (failures, error) => toProblem(error).code === 'NETWORK' && failures < 2,
    },
  },
});

/**
 * The tRPC client. Mutations are POSTed as JSON from the page's own origin, which
 * is what the server's CSRF guard accepts; the session cookie is HttpOnly.
 */
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc' })],
});

/** Cache key of the current user (`null` when logged out). */
export const meQueryKey = ['session', 'me'] as const;

/**
 * Forgets everything about the session in this page: empties the query cache
 * (all child data) and returns to the start page, which shows the login.
 */
export function endSession(notice: 'expired' | 'loggedOut'): void {
  markEnded(notice);
  queryClient.clear();
  queryClient.setQueryData(meQueryKey, null);
  navigate(paths.home(), { replace: true });
}
