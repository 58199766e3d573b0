import { useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { trpcClient } from '../api/client';
import { formatMeetingTime } from '../format/dates';
import { planMessages } from '../messages/plan';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

/** The next planned meeting, as the parent view gives it. */
export interface NextMeeting {
  id: string;
  startsAt: string;
  endsAt: string;
  place: string;
  videoLink: string | null;
}

/** Props of {@link MeetingCard}. */
export interface MeetingCardProps {
  childId: string;
  /** The next planned meeting, or `null` when none is planned. */
  nextMeeting: NextMeeting | null;
}

/** Saves the meeting's calendar file, fetched when asked for. */
async function downloadCalendar(childId: string): Promise<void> {
  const meeting = await trpcClient.meetings.next.query({ childId });
  if (!meeting) throw new Error('no meeting');
  const url = URL.createObjectURL(new Blob([meeting.ics], { type: 'text/calendar' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = 'moede.ics';
  anchor.click();
  URL.revokeObjectURL(url);
}

/** The next meeting with time and place, a calendar file, and the way to write one's view. */
export function MeetingCard({ childId, nextMeeting }: MeetingCardProps): ReactNode {
  const t = useT(planMessages);
  const { lang } = useLanguage();
  const [failed, setFailed] = useState(false);
  return (
    <section className="portal-card portal-meeting" aria-labelledby="meeting-title">
      <h2 id="meeting-title">{t('meetingTitle')}</h2>
      {nextMeeting ? (
        <>
          <p className="portal-meeting__date">
            {t('meetingText', {
              date: formatMeetingTime(nextMeeting.startsAt, nextMeeting.endsAt, lang),
            })}
          </p>
          <p>{t('meetingPlace', { place: nextMeeting.place })}</p>
          {nextMeeting.videoLink ? (
            <p>
              <a href={nextMeeting.videoLink} rel="noopener noreferrer">
                {t('meetingVideo')}
              </a>
            </p>
          ) : null}
          <p>
            <button
              type="button"
              className="tr-button"
              onClick={() => {
                setFailed(false);
                downloadCalendar(childId).catch(() => setFailed(true));
              }}
            >
              {t('addToCalendar')}
            </button>
          </p>
          {failed ? <p role="alert">{t('calendarFailed')}</p> : null}
        </>
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
