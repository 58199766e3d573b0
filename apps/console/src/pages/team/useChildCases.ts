import { useQuery } from '@tanstack/react-query';
import { useTRPCClient } from '../../api/trpc';

const PAGES = 10;

/**
 * Child id → case id for the open cases the leader can see, so violations (which
 * name the child) can link to the case page. Reads the list page by page.
 */
export function useChildCases() {
  const client = useTRPCClient();
  return useQuery({
    queryKey: ['console', 'childCases'],
    staleTime: 60_000,
    queryFn: async () => {
      const map = new Map<string, { caseId: string; name: string }>();
      for (let page = 1; page <= PAGES; page += 1) {
        const result = await client.cases.list.query({ scope: 'scope', page, pageSize: 100 });
        for (const item of result.items)
          map.set(item.childId, { caseId: item.caseId, name: item.childName });
        if (page * result.pageSize >= result.total) break;
      }
      return map;
    },
  });
}
