import { LoadingState, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { PageTitle } from '../components/PageTitle';
import { QueryProblem } from '../components/QueryProblem';
import { formatMeetingDate } from '../format/dates';
import { commonMessages } from '../messages/common';
import { yourViewMessages } from '../messages/your-view';
import { useParentView } from '../plan/use-parent-view';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { EarlierViews } from '../view/EarlierViews';
import { YourViewForm } from '../view/YourViewForm';

/** Props of {@link YourViewPage}. */
export interface YourViewPageProps {
  childId: string;
}

/** "Your view": the parent writes what they think before the next meeting. */
export function YourViewPage({ childId }: YourViewPageProps): ReactNode {
  const t = useT(yourViewMessages);
  const common = useT(commonMessages);
  const { lang } = useLanguage();
  const query = useParentView(childId);
  if (query.isPending) return <LoadingState label={common('loading')} />;
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => query.refetch()} />;
  const view = query.data;
  const name = view.child.firstName;
  return (
    <div className="portal-narrow">
      <p className="portal-back">
        <Link to={paths.plan(view.child.id)}>{t('back')}</Link>
      </p>
      <PageTitle>{t('title')}</PageTitle>
      <p className="portal-lead">{t('intro', { name })}</p>
      {view.nextMeeting ? (
        <p className="portal-meeting__date">
          {t('introMeeting', { date: formatMeetingDate(view.nextMeeting, lang) })}
        </p>
      ) : null}
      <p>{t('childToo', { name })}</p>
      <YourViewForm childId={view.child.id} caseworkerName={view.caseworker?.name ?? null} />
      <EarlierViews comments={view.ownComments} />
    </div>
  );
}
