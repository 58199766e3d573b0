import type { QueryClient, QueryKey } from '@tanstack/react-query';

const isMeKey = (key: QueryKey) => JSON.stringify(key[0]) === JSON.stringify(['auth', 'me']);

/**
 * Forgets every cached query except `auth.me`, so nothing from one user's session is
 * shown to the next. `auth.me` stays in the cache because the shell observes it.
 */
export function forgetSessionData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => !isMeKey(query.queryKey) });
}

/** Whether a query key is `auth.me`'s. */
export { isMeKey };
