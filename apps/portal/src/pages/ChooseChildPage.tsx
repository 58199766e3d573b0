import { useQuery } from '@tanstack/react-query';
import { LoadingState, useT } from '@trappen/ui';
import { type ReactNode, useEffect } from 'react';
import { myChildrenQuery } from '../api/queries';
import { PageTitle } from '../components/PageTitle';
import { QueryProblem } from '../components/QueryProblem';
import { childrenMessages } from '../messages/children';
import { commonMessages } from '../messages/common';
import { navigate } from '../router/history';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

/** The start page: a parent of one child goes straight to the plan; others choose a child. */
export function ChooseChildPage(): ReactNode {
  const t = useT(childrenMessages);
  const common = useT(commonMessages);
  const query = useQuery(myChildrenQuery());
  const only = query.data?.length === 1 ? query.data[0] : undefined;
  useEffect(() => {
    if (only) navigate(paths.plan(only.childId), { replace: true });
  }, [only]);

  if (query.isPending || only) return <LoadingState label={common('loading')} />;
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.length === 0) {
    return (
      <div className="portal-narrow">
        <PageTitle>{t('noChildrenTitle')}</PageTitle>
        <p className="portal-lead">{t('noChildrenBody')}</p>
      </div>
    );
  }
  return (
    <div className="portal-narrow">
      <PageTitle>{t('title')}</PageTitle>
      <p className="portal-lead">{t('intro')}</p>
      <ul className="portal-children">
        {query.data.map((child) => (
          <li key={child.childId}>
            <Link to={paths.plan(child.childId)} className="portal-child">
              <span className="portal-child__name">{t('seePlan', { name: child.firstName })}</span>
              {child.hasPublishedPlan ? null : (
                <span className="portal-child__note">{t('noPlan')}</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
