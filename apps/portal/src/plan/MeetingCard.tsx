import { useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { formatMeetingDate } from '../format/dates';
import { planMessages } from '../messages/plan';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

/** Props of {@link MeetingCard}. */
export interface MeetingCardProps {
  childId: string;
  /** The next follow-up meeting (`YYYY-MM-DD`), or `null` when none is set. */
  nextMeeting: string | null;
}

/** The next follow-up meeting, with the way to write one's view before it. */
export function MeetingCard({ childId, nextMeeting }: MeetingCardProps): ReactNode {
  const t = useT(planMessages);
  const { lang } = useLanguage();
  return (
    <section className="portal-card portal-meeting" aria-labelledby="meeting-title">
      <h2 id="meeting-title">{t('meetingTitle')}</h2>
      {nextMeeting ? (
        <p className="portal-meeting__date">
          {t('meetingText', { date: formatMeetingDate(nextMeeting, lang) })}
        </p>
      ) : (
        <p>{t('noMeeting')}</p>
      )}
      <p className="portal-actions">
        <Link to={paths.yourView(childId)} className="tr-button tr-button--primary portal-cta">
          {t('writeView')}
        </Link>
      </p>
    </section>
  );
}
