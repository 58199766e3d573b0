import { useQuery } from '@tanstack/react-query';
import { errorCode } from '../api/errors';
import { useTRPC } from '../api/trpc';
import type { Me } from '../api/types';

/** The logged-in user: `null` when signed out, `undefined` while loading. */
export function useMe(): { me: Me | null | undefined; error: unknown } {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.auth.me.queryOptions(), retry: false, staleTime: 60_000 });
  if (query.isPending) return { me: undefined, error: null };
  if (query.isError) {
    return errorCode(query.error) === 'UNAUTHORIZED'
      ? { me: null, error: null }
      : { me: null, error: query.error };
  }
  return { me: query.data, error: null };
}
