import { useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { PageTitle } from '../components/PageTitle';
import { formatMeetingTime } from '../format/dates';
import { yourViewMessages } from '../messages/your-view';
import { ParentViewLoader } from '../plan/ParentViewLoader';
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
  const { lang } = useLanguage();
  return (
    <ParentViewLoader childId={childId}>
      {(view) => {
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
                {t('introMeeting', {
                  date: formatMeetingTime(view.nextMeeting.startsAt, view.nextMeeting.endsAt, lang),
                })}
              </p>
            ) : null}
            <p>{t('childToo', { name })}</p>
            <YourViewForm childId={view.child.id} caseworkerName={view.caseworker?.name ?? null} />
            <EarlierViews comments={view.ownComments} />
          </div>
        );
      }}
    </ParentViewLoader>
  );
}
