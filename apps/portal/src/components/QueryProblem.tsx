import { ErrorState, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { isNotFound, problemMessage, toProblem } from '../api/errors';
import { commonMessages } from '../messages/common';
import { ChildNotFound } from './ChildNotFound';

/** Props of {@link QueryProblem}. */
export interface QueryProblemProps {
  error: unknown;
  onRetry: () => void;
}

/** What a page shows when loading a child's data failed. */
export function QueryProblem({ error, onRetry }: QueryProblemProps): ReactNode {
  const t = useT(commonMessages);
  const { lang } = useLanguage();
  if (isNotFound(error)) return <ChildNotFound />;
  const problem = toProblem(error);
  return (
    <ErrorState
      message={problemMessage(problem, lang, t('networkError'))}
      correlationId={problem.requestId}
      onRetry={onRetry}
    />
  );
}
