import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../../api/trpc';

/**
 * The saved versions of a business case, fetched again whenever `freshness` changes
 * (the live version after a save, or the version a conflict was detected against).
 */
export function useBusinessCaseVersions(businessCaseId: string, freshness: number) {
  const trpc = useTRPC();
  const versions = useQuery(trpc.businessCases.versions.queryOptions({ id: businessCaseId }));
  const { refetch } = versions;
  useEffect(() => {
    void refetch();
  }, [freshness, refetch]);
  return versions;
}
