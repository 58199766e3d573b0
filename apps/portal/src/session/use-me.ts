import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { meQueryKey, trpcClient } from '../api/client';
import { isUnauthorized } from '../api/errors';
import type { Me } from '../api/types';

/** Fetches the current user; `null` when nobody is logged in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await trpcClient.auth.me.query();
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

/** The logged-in user (`null` when logged out), fetched once per page load. */
export function useMe(): UseQueryResult<Me | null> {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY });
}
