import { useMutation, useQuery } from '@tanstack/react-query';
import { FormField, formatDate, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { todayIso } from '../../lib/dates';
import { formatInstant, localFieldError } from './intake-format';
import { intakeMessages } from './intake-messages';

type Assessment = Outputs['assessments']['forCase'][number];

const FLAG: Record<Assessment['status'], string> = {
  ongoing: 'c-flag--ok',
  dueSoon: 'c-flag--warn',
  overdue: 'c-flag--danger',
  concluded: 'c-flag--ok',
  concludedLate: 'c-flag--warn',
};

function ConcludeForm({
  assessment,
  onDone,
}: {
  assessment: Assessment;
  onDone: () => void;
}): ReactNode {
  const t = useT(intakeMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const id = useId();
  const [conclusion, setConclusion] = useState('');
  const [childView, setChildView] = useState('');
  const conclude = useMutation(trpc.assessments.conclude.mutationOptions());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await conclude
      .mutateAsync({
        assessmentId: assessment.id,
        version: assessment.version,
        concludedOn: todayIso(),
        conclusion,
        childView,
      })
      .catch(() => null);
    if (done) onDone();
  };
  return (
    <form className="c-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('case.conclude')}</h4>
      {conclude.error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(conclude.error, lang)}
        </p>
      ) : null}
      <FormField
        label={t('case.conclusion')}
        required
        error={localFieldError(conclude.error, 'conclusion', lang)}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={conclusion}
            onChange={(e) => setConclusion(e.target.value)}
          />
        )}
      </FormField>
      <FormField
        label={t('case.childView')}
        required
        error={localFieldError(conclude.error, 'childView', lang)}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={childView}
            onChange={(e) => setChildView(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="tr-button tr-button--primary" disabled={conclude.isPending}>
        {t('case.concludeSubmit')}
      </button>
    </form>
  );
}

/**
 * On the case page: the notifications about the child (repeated ones included) and the
 * child assessments with their deadlines; start or conclude one here.
 */
export function CaseIntakeSection({
  caseId,
  onChanged,
}: {
  caseId: string;
  onChanged: () => void;
}): ReactNode {
  const t = useT(intakeMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const notifications = useQuery(trpc.notifications.forCase.queryOptions({ caseId }));
  const assessments = useQuery(trpc.assessments.forCase.queryOptions({ caseId }));
  const start = useMutation(trpc.assessments.start.mutationOptions());
  const [concluding, setConcluding] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const list = assessments.data ?? [];
  const ongoing = list.some((a) => a.concludedOn === null);
  const refresh = () => {
    void assessments.refetch();
    onChanged();
  };
  return (
    <section className="c-section" aria-labelledby="intake-title" id="intake">
      <h2 id="intake-title">{t('case.title')}</h2>
      {message ? (
        <p className="c-alert c-alert--ok" role="status">
          {message}
        </p>
      ) : null}
      <h3>{t('case.notifications', { count: notifications.data?.length ?? 0 })}</h3>
      {notifications.data && notifications.data.length === 0 ? (
        <p className="c-muted">{t('case.noNotifications')}</p>
      ) : (
        <ul className="c-list">
          {(notifications.data ?? []).map((n) => (
            <li key={n.id}>
              {t('case.received', {
                at: formatInstant(n.receivedAt, lang),
                source: t(`source.${n.source}`),
              })}
              {n.assessment ? ` · ${t(`outcome.${n.assessment.outcome}`)}` : ''}
              {n.violenceOrAbuse ? (
                <>
                  {' '}
                  <span className="c-flag c-flag--danger">{t('queue.violence')}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('case.assessments')}</h3>
      {assessments.data && list.length === 0 ? (
        <p className="c-muted">{t('case.noAssessments')}</p>
      ) : null}
      <ul className="c-list">
        {list.map((a) => (
          <li key={a.id}>
            <span className={`c-flag ${FLAG[a.status]}`}>{t(`astatus.${a.status}`)}</span>{' '}
            {t('case.assessment', {
              started: formatDate(a.startedOn, lang),
              due: formatDate(a.dueOn, lang),
            })}
            {a.concludedOn
              ? ` · ${t('case.concludedOn', { date: formatDate(a.concludedOn, lang) })}`
              : null}
            {a.concludedOn === null && concluding !== a.id ? (
              <>
                {' '}
                <button type="button" className="tr-button" onClick={() => setConcluding(a.id)}>
                  {t('case.conclude')}
                </button>
              </>
            ) : null}
            {concluding === a.id ? (
              <ConcludeForm
                assessment={a}
                onDone={() => {
                  setConcluding(null);
                  setMessage(t('case.concluded'));
                  refresh();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {assessments.data && !ongoing ? (
        <button
          type="button"
          className="tr-button"
          disabled={start.isPending}
          onClick={() =>
            start.mutate(
              { caseId, startedOn: todayIso() },
              {
                onSuccess: (started) => {
                  setMessage(t('next.started', { due: formatDate(started.dueOn, lang) }));
                  refresh();
                },
              },
            )
          }
        >
          {t('case.start')}
        </button>
      ) : null}
      {start.error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(start.error, lang)}
        </p>
      ) : null}
    </section>
  );
}
