import { useQuery } from '@tanstack/react-query';
import { parentViewQuery } from '../api/queries';

/** The parent's view of one child (cached in memory only, shared by the plan and view pages). */
export function useParentView(childId: string) {
  return useQuery(parentViewQuery(childId));
}
