import { ErrorState, LoadingState, useLanguage } from '@trappen/ui';
import type { ReactNode } from 'react';
import { errorData, errorMessage } from '../api/errors';

/** Props of {@link QueryState}. */
export interface QueryStateProps<T> {
  query: { data: T | undefined; isPending: boolean; error: unknown; refetch: () => unknown };
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}

/** The loading and error states of a query, then its data. */
export function QueryState<T>({ query, loadingLabel, children }: QueryStateProps<T>): ReactNode {
  const { lang } = useLanguage();
  if (query.error) {
    return (
      <ErrorState
        message={errorMessage(query.error, lang)}
        correlationId={errorData(query.error)?.requestId ?? null}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.isPending || query.data === undefined) return <LoadingState label={loadingLabel} />;
  return children(query.data);
}
