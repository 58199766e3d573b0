import { queryOptions } from '@tanstack/react-query';
import { trpcClient } from './client';

/** Query keys of the portal's data, so pages can share and invalidate them. */
export const keys = {
  myChildren: ['plans', 'myChildren'] as const,
  parentView: (childId: string) => ['plans', 'parentView', childId] as const,
  consents: ['consents', 'mine'] as const,
};

/** The consents about the parent's children. */
export const myConsentsQuery = () =>
  queryOptions({ queryKey: keys.consents, queryFn: () => trpcClient.consents.mine.query() });

/** The parent's children. */
export const myChildrenQuery = () =>
  queryOptions({ queryKey: keys.myChildren, queryFn: () => trpcClient.plans.myChildren.query() });

/** Everything the parent may see about one child. */
export const parentViewQuery = (childId: string) =>
  queryOptions({
    queryKey: keys.parentView(childId),
    queryFn: () => trpcClient.plans.parentView.query({ childId }),
  });
