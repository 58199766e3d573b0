import { copenhagenDate, copenhagenTime } from './copenhagen-time';

/** The kinds of message trappen sends. */
export type MessageKind =
  | 'meetingPlanned'
  | 'meetingMoved'
  | 'meetingCancelled'
  | 'meetingReminder'
  | 'planPublished'
  | 'dailyDigest'
  | 'weeklySummary';

/** A rendered message: subject and plain-text body. */
export interface MessageText {
  subject: string;
  body: string;
}

const MONTHS = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "28. januar 2027" / "28 January 2027" for an ISO date. */
export function formatDay(date: string, locale: 'da' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const name = MONTHS[locale][month - 1];
  return locale === 'da' ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

/** "28. januar 2027 kl. 10:00" / "28 January 2027 at 10:00", in Copenhagen time. */
export function formatWhen(instant: Date, locale: 'da' | 'en'): string {
  const day = formatDay(copenhagenDate(instant), locale);
  const time = copenhagenTime(instant);
  return locale === 'da' ? `${day} kl. ${time}` : `${day} at ${time}`;
}

/**
 * A message to a parent: it says there is news and where to read it, never the news
 * itself (an e-mail may be read by others); meeting messages carry time and place, which
 * the parent needs to come.
 */
export function parentMessage(
  kind: Extract<MessageKind, `meeting${string}` | 'planPublished'>,
  locale: 'da' | 'en',
  portalUrl: string,
  meeting?: { startsAt: Date; place: string },
): MessageText {
  const when = meeting ? formatWhen(meeting.startsAt, locale) : '';
  const da = {
    meetingPlanned: [
      'Et møde er planlagt',
      `Der er planlagt et møde med kommunen ${when} (${meeting?.place}).`,
    ],
    meetingMoved: [
      'Et møde er flyttet',
      `Mødet med kommunen er flyttet til ${when} (${meeting?.place}).`,
    ],
    meetingCancelled: ['Et møde er aflyst', `Mødet med kommunen ${when} er aflyst.`],
    meetingReminder: [
      'Påmindelse: møde i morgen',
      `Husk mødet med kommunen ${when} (${meeting?.place}).`,
    ],
    planPublished: [
      'Nyt i forældreportalen',
      'Der er nyt i forældreportalen: en ny udgave af planen.',
    ],
  } as const;
  const en = {
    meetingPlanned: [
      'A meeting is planned',
      `A meeting with the municipality is planned for ${when} (${meeting?.place}).`,
    ],
    meetingMoved: [
      'A meeting has moved',
      `The meeting with the municipality has moved to ${when} (${meeting?.place}).`,
    ],
    meetingCancelled: [
      'A meeting is cancelled',
      `The meeting with the municipality on ${when} is cancelled.`,
    ],
    meetingReminder: [
      'Reminder: meeting tomorrow',
      `Remember the meeting with the municipality on ${when} (${meeting?.place}).`,
    ],
    planPublished: [
      'News in the parent portal',
      'There is news in the parent portal: a new version of the plan.',
    ],
  } as const;
  const [subject, line] = (locale === 'da' ? da : en)[kind];
  const read =
    locale === 'da'
      ? `Læs mere i forældreportalen: ${portalUrl}`
      : `Read more in the parent portal: ${portalUrl}`;
  return { subject, body: `${line}\n\n${read}\n` };
}

/** One item of a caseworker's digest: a case reference (never a name or CPR) and its deadline. */
export interface DigestItem {
  reference: string;
  deadline: string;
  caseUrl: string;
}

/** The caseworker's daily digest: overdue first, then the next seven days. */
export function digestMessage(
  locale: 'da' | 'en',
  overdue: DigestItem[],
  upcoming: DigestItem[],
): MessageText {
  const line = (item: DigestItem) =>
    `- ${item.reference}: ${formatDay(item.deadline, locale)} ${item.caseUrl}`;
  const da = locale === 'da';
  const sections = [
    overdue.length
      ? `${da ? 'Overskredne frister' : 'Overdue'} (${overdue.length}):\n${overdue.map(line).join('\n')}`
      : '',
    upcoming.length
      ? `${da ? 'De næste 7 dage' : 'The next 7 days'} (${upcoming.length}):\n${upcoming.map(line).join('\n')}`
      : '',
  ].filter(Boolean);
  return {
    subject: da
      ? `Dine frister: ${overdue.length} overskredne, ${upcoming.length} de næste 7 dage`
      : `Your deadlines: ${overdue.length} overdue, ${upcoming.length} in the next 7 days`,
    body: `${sections.join('\n\n')}\n`,
  };
}

/** The team leader's weekly summary of the team's overdue items. */
export function weeklySummaryMessage(
  locale: 'da' | 'en',
  overdueByCaseworker: { caseworker: string; overdue: number }[],
  teamUrl: string,
): MessageText {
  const total = overdueByCaseworker.reduce((sum, row) => sum + row.overdue, 0);
  const da = locale === 'da';
  const lines = overdueByCaseworker.map((row) => `- ${row.caseworker}: ${row.overdue}`);
  return {
    subject: da
      ? `Teamets overskredne frister: ${total}`
      : `The team's overdue deadlines: ${total}`,
    body: `${lines.join('\n')}\n\n${da ? 'Se teamet' : 'See the team'}: ${teamUrl}\n`,
  };
}
