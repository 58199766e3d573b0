import { LoadingState, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { ParentView } from '../api/types';
import { QueryProblem } from '../components/QueryProblem';
import { commonMessages } from '../messages/common';
import { useParentView } from './use-parent-view';

/** Props of {@link ParentViewLoader}. */
export interface ParentViewLoaderProps {
  childId: string;
  /** Renders the page once the parent's view of the child has arrived. */
  children: (view: ParentView) => ReactNode;
}

/** Loads the parent's view of one child; shows the loading state or the problem until it is there. */
export function ParentViewLoader({ childId, children }: ParentViewLoaderProps): ReactNode {
  const common = useT(commonMessages);
  const query = useParentView(childId);
  if (query.isPending) return <LoadingState label={common('loading')} />;
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => query.refetch()} />;
  return children(query.data);
}
