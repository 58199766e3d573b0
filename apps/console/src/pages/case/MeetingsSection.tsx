import { useMutation, useQuery } from '@tanstack/react-query';
import { ConfirmDialog, DataTable, FormField, LOCALES, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { errorMessage, fieldError, isConflict } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { CaseDetail } from '../../api/types';
import { todayIso } from '../../lib/dates';
import { meetingMessages } from './meetings-messages';

interface Meeting {
  id: string;
  startsAt: string;
  endsAt: string;
  place: string;
  videoLink: string | null;
  participants: { kind: 'custodyHolder' | 'child' | 'partner'; name: string }[];
  status: 'planned' | 'cancelled' | 'held';
  version: number;
  parentViews: { body: string; createdAt: string }[];
}

interface Draft {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  videoLink: string;
  custodyHolders: boolean;
  child: boolean;
  partners: string;
}

const zone = { timeZone: 'Europe/Copenhagen' } as const;
const localDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    ...zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
const localTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { ...zone, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );

/** "onsdag 10. juli 2024, 10.00–11.30" in Danish local time. */
function formatWhen(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, lang: 'da' | 'en'): string {
  const day = new Intl.DateTimeFormat(LOCALES[lang], {
    ...zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(meeting.startsAt));
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    ...zone,
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${day}, ${time.format(new Date(meeting.startsAt))}–${time.format(new Date(meeting.endsAt))}`;
}

function draftOf(meeting: Meeting | null, suggested: string | null): Draft {
  if (!meeting)
    return {
      date: suggested && suggested >= todayIso() ? suggested : todayIso(),
      startTime: '10:00',
      endTime: '11:00',
      place: '',
      videoLink: '',
      custodyHolders: true,
      child: false,
      partners: '',
    };
  return {
    date: localDate(meeting.startsAt),
    startTime: localTime(meeting.startsAt),
    endTime: localTime(meeting.endsAt),
    place: meeting.place,
    videoLink: meeting.videoLink ?? '',
    custodyHolders: meeting.participants.some((p) => p.kind === 'custodyHolder'),
    child: meeting.participants.some((p) => p.kind === 'child'),
    partners: meeting.participants
      .filter((p) => p.kind === 'partner')
      .map((p) => p.name)
      .join(', '),
  };
}

function participantsOf(draft: Draft, childName: string): Meeting['participants'] {
  return [
    ...(draft.custodyHolders
      ? [{ kind: 'custodyHolder' as const, name: 'Forældremyndighedsindehavere' }]
      : []),
    ...(draft.child ? [{ kind: 'child' as const, name: childName }] : []),
    ...draft.partners
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ kind: 'partner' as const, name })),
  ];
}

/**
 * Meetings with the family: plan, move and cancel (the parents are told), with what the
 * parents wrote before each meeting. The follow-up deadline suggests the date.
 */
export function MeetingsSection({ detail }: { detail: CaseDetail }): ReactNode {
  const t = useT(meetingMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.meetings.forCase.queryOptions({ caseId: detail.caseId }));
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<Meeting | null>(null);
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const reload = () => query.refetch();
  const cancel = useMutation(trpc.meetings.cancel.mutationOptions());
  const open = detail.status === 'open';
  const meetings: Meeting[] = query.data ?? [];
  return (
    <section className="c-section" aria-labelledby="meetings-title" id="meetings">
      <h2 id="meetings-title">{t('title')}</h2>
      <p role="status" className="c-muted">
        {status}
      </p>
      {conflict ? <p className="c-alert">{t('conflict')}</p> : null}
      {query.isPending ? <p>{t('loading')}</p> : null}
      {query.isError ? <p role="alert">{errorMessage(query.error, lang)}</p> : null}
      {query.data ? (
        <DataTable<Meeting>
          caption={t('caption')}
          captionHidden
          rows={meetings}
          rowKey={(m) => m.id}
          empty={t('empty')}
          columns={[
            { key: 'when', header: t('when'), rowHeader: true, cell: (m) => formatWhen(m, lang) },
            {
              key: 'place',
              header: t('place'),
              cell: (m) => (m.videoLink ? `${m.place} (${m.videoLink})` : m.place),
            },
            { key: 'status', header: t('status'), cell: (m) => t(`status.${m.status}`) },
            {
              key: 'preparation',
              header: t('preparation'),
              cell: (m) =>
                m.parentViews.length ? (
                  <ul>
                    {m.parentViews.map((v) => (
                      <li key={v.createdAt}>{v.body}</li>
                    ))}
                  </ul>
                ) : (
                  t('noViews')
                ),
            },
            {
              key: 'actions',
              header: '',
              cell: (m) =>
                m.status === 'planned' && open ? (
                  <span className="c-actions">
                    <button type="button" className="tr-button" onClick={() => setEditing(m)}>
                      {t('move')}
                    </button>
                    <button
                      type="button"
                      className="tr-button tr-button--danger"
                      onClick={() => setCancelling(m)}
                    >
                      {t('cancel')}
                    </button>
                  </span>
                ) : null,
            },
          ]}
        />
      ) : null}
      {open && editing === null ? (
        <p className="c-no-print">
          <button
            ref={opener}
            type="button"
            className="tr-button tr-button--primary"
            onClick={() => {
              setStatus('');
              setEditing('new');
            }}
          >
            {t('plan')}
          </button>
        </p>
      ) : null}
      {editing ? (
        <MeetingForm
          detail={detail}
          meeting={editing === 'new' ? null : editing}
          onDone={(message, stale) => {
            setEditing(null);
            setConflict(stale);
            if (message) setStatus(message);
            void reload();
            requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      ) : null}
      <ConfirmDialog
        open={cancelling !== null}
        title={t('cancelTitle')}
        confirmLabel={t('cancelConfirm')}
        cancelLabel={t('keep')}
        onCancel={() => setCancelling(null)}
        onConfirm={() => {
          const meeting = cancelling;
          setCancelling(null);
          if (!meeting) return;
          cancel
            .mutateAsync({ meetingId: meeting.id, version: meeting.version })
            .then(() => {
              setConflict(false);
              setStatus(t('cancelled'));
            })
            .catch((error: unknown) => {
              setConflict(isConflict(error));
              if (!isConflict(error)) setStatus(errorMessage(error, lang));
            })
            .finally(() => void reload());
        }}
      >
        <p>{cancelling ? t('cancelBody', { when: formatWhen(cancelling, lang) }) : null}</p>
      </ConfirmDialog>
    </section>
  );
}

function MeetingForm({
  detail,
  meeting,
  onDone,
}: {
  detail: CaseDetail;
  meeting: Meeting | null;
  onDone: (message: string | null, conflict: boolean) => void;
}): ReactNode {
  const t = useT(meetingMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const [draft, setDraft] = useState<Draft>(() => draftOf(meeting, detail.nextFollowUp));
  const heading = useRef<HTMLHeadingElement>(null);
  const plan = useMutation(trpc.meetings.plan.mutationOptions());
  const move = useMutation(trpc.meetings.move.mutationOptions());
  const active = meeting ? move : plan;
  useEffect(() => heading.current?.focus(), []);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      date: draft.date,
      startTime: draft.startTime,
      endTime: draft.endTime,
      place: draft.place,
      videoLink: draft.videoLink.trim() || null,
      participants: participantsOf(draft, detail.child.name),
    };
    try {
      if (meeting)
        await move.mutateAsync({ ...fields, meetingId: meeting.id, version: meeting.version });
      else await plan.mutateAsync({ ...fields, caseId: detail.caseId });
      onDone(t('saved'), false);
    } catch (error) {
      if (isConflict(error)) onDone(null, true);
    }
  };
  const error = (field: string) => fieldError(active.error, field);
  return (
    <form className="c-form" aria-labelledby="meeting-form-title" onSubmit={submit}>
      <h3 id="meeting-form-title" tabIndex={-1} ref={heading}>
        {meeting ? t('moveTitle') : t('planTitle')}
      </h3>
      {active.isError && !isConflict(active.error) ? (
        <p role="alert">{errorMessage(active.error, lang)}</p>
      ) : null}
      <FormField
        label={t('date')}
        required
        error={error('date')}
        hint={detail.nextFollowUp ? t('dateHint', { date: detail.nextFollowUp }) : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={draft.date}
            onChange={(e) => set('date', e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('startTime')} required error={error('startTime')}>
        {(control) => (
          <input
            {...control}
            type="time"
            value={draft.startTime}
            onChange={(e) => set('startTime', e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('endTime')} required error={error('endTime')}>
        {(control) => (
          <input
            {...control}
            type="time"
            value={draft.endTime}
            onChange={(e) => set('endTime', e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('place')} required error={error('place')}>
        {(control) => (
          <input {...control} value={draft.place} onChange={(e) => set('place', e.target.value)} />
        )}
      </FormField>
      <FormField label={t('videoLink')} error={error('videoLink')}>
        {(control) => (
          <input
            {...control}
            type="url"
            value={draft.videoLink}
            onChange={(e) => set('videoLink', e.target.value)}
          />
        )}
      </FormField>
      <label className="c-check">
        <input
          type="checkbox"
          checked={draft.custodyHolders}
          onChange={(e) => set('custodyHolders', e.target.checked)}
        />{' '}
        {t('custodyHolders')}
      </label>
      <label className="c-check">
        <input
          type="checkbox"
          checked={draft.child}
          onChange={(e) => set('child', e.target.checked)}
        />{' '}
        {t('child')}
      </label>
      <FormField label={t('partners')} error={error('participants')}>
        {(control) => (
          <input
            {...control}
            value={draft.partners}
            onChange={(e) => set('partners', e.target.value)}
          />
        )}
      </FormField>
      <p className="c-actions">
        <button type="submit" className="tr-button tr-button--primary" disabled={active.isPending}>
          {t('save')}
        </button>
        <button type="button" className="tr-button" onClick={() => onDone(null, false)}>
          {t('close')}
        </button>
      </p>
    </form>
  );
}
