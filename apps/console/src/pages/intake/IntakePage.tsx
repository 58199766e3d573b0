import { useMutation, useQuery } from '@tanstack/react-query';
import { EmptyState, formatDate, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { todayIso } from '../../lib/dates';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { AssessForm } from './AssessForm';
import { formatInstant, hoursAndMinutes, type QueueNotification } from './intake-format';
import { intakeMessages } from './intake-messages';
import { NewNotificationForm } from './NewNotificationForm';
import { NextSteps } from './NextSteps';

type Assessed = Outputs['notifications']['assess'];

const FLAG = { ok: 'c-flag--ok', dueSoon: 'c-flag--warn', overdue: 'c-flag--danger' } as const;

function Clock({ n }: { n: QueueNotification }): ReactNode {
  const t = useT(intakeMessages);
  const { lang } = useLanguage();
  const status =
    n.clock.status === 'assessed' || n.clock.status === 'assessedLate' ? 'ok' : n.clock.status;
  const left = hoursAndMinutes(n.clock.minutesLeft);
  return (
    <p>
      <span className={`c-flag ${FLAG[status]}`}>{t(`status.${status}`)}</span>{' '}
      <strong>{t(n.clock.minutesLeft < 0 ? 'queue.overdue' : 'queue.left', left)}</strong>{' '}
      <span className="c-muted">
        {t('queue.deadline', { deadline: formatInstant(n.clock.deadline, lang) })}
      </span>
    </p>
  );
}

/**
 * Notification intake for the team on duty: register a notification, the queue ordered
 * by time left on the 24-hour clock, the assessment and what follows (a case, a child
 * assessment), and the receipts owed to professionals.
 */
export default function IntakePage(): ReactNode {
  const t = useT(intakeMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  usePageTitle(t('title'));
  const queue = useQuery({ ...trpc.notifications.queue.queryOptions(), refetchInterval: 60_000 });
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const [assessing, setAssessing] = useState<string | null>(null);
  const [assessed, setAssessed] = useState<Assessed[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  const markSent = useMutation(trpc.notifications.markReceiptSent.mutationOptions());
  const reload = () => queue.refetch();
  return (
    <div>
      <div className="c-page-head">
        <h1>{t('title')}</h1>
      </div>
      <p>{t('intro')}</p>
      {message ? (
        <p className="c-alert c-alert--ok" role="status">
          {message}
        </p>
      ) : null}
      {adding ? (
        <NewNotificationForm
          onSaved={(text) => {
            setMessage(text);
            setAdding(false);
            void reload();
            addButton.current?.focus();
          }}
          onCancel={() => {
            setAdding(false);
            addButton.current?.focus();
          }}
        />
      ) : (
        <button
          ref={addButton}
          type="button"
          className="tr-button tr-button--primary"
          onClick={() => {
            setMessage('');
            setAdding(true);
          }}
        >
          {t('new.open')}
        </button>
      )}
      {assessed.map((n) => (
        <NextSteps key={n.id} notification={n} onChanged={() => void reload()} />
      ))}
      <QueryState query={queue}>
        {(data) => (
          <>
            <section className="c-section" aria-labelledby="queue-title">
              <h2 id="queue-title">{t('queue.title')}</h2>
              {data.awaitingAssessment.length === 0 ? (
                <EmptyState title={t('queue.empty')} />
              ) : (
                <ol className="c-list">
                  {data.awaitingAssessment.map((n) => (
                    <li key={n.id}>
                      <article aria-labelledby={`n-${n.id}`}>
                        <h3 id={`n-${n.id}`}>
                          {n.child.name}
                          {n.child.reference
                            ? ` (${n.child.reference})`
                            : ` – ${t('queue.newChild')}`}
                          {' · '}
                          {t(`source.${n.source}`)}
                        </h3>
                        <Clock n={n} />
                        {n.violenceOrAbuse ? (
                          <p>
                            <span className="c-flag c-flag--danger">{t('queue.violence')}</span>
                          </p>
                        ) : null}
                        {n.otherNotifications > 0 ? (
                          <p>
                            <span className="c-flag c-flag--warn">
                              {t('queue.repeated', { count: n.otherNotifications })}
                            </span>
                          </p>
                        ) : null}
                        <p className="c-quote">{n.concern}</p>
                        {assessing === n.id ? (
                          <AssessForm
                            notification={n}
                            onAssessed={(done) => {
                              setAssessing(null);
                              setAssessed((list) => [done, ...list]);
                              setMessage(t('assess.saved'));
                              void reload();
                            }}
                            onConflict={() => void reload()}
                            onCancel={() => setAssessing(null)}
                          />
                        ) : (
                          <button
                            type="button"
                            className="tr-button"
                            onClick={() => setAssessing(n.id)}
                          >
                            {t('queue.assess')}
                          </button>
                        )}
                      </article>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section className="c-section" aria-labelledby="receipts-title">
              <h2 id="receipts-title">{t('receipts.title')}</h2>
              {markSent.error ? (
                <p className="c-alert c-alert--error" role="alert">
                  {errorMessage(markSent.error, lang)}
                </p>
              ) : null}
              {data.awaitingReceipt.length === 0 ? (
                <EmptyState title={t('receipts.empty')} />
              ) : (
                <ul className="c-list">
                  {data.awaitingReceipt.map((n) => (
                    <li key={n.id}>
                      <p>
                        <strong>{n.reporter?.name || t(`source.${n.source}`)}</strong>
                        {n.reporter?.contact ? ` · ${n.reporter.contact}` : ''}
                        {' · '}
                        {t('receipts.due', { due: formatDate(n.receipt?.due ?? '', lang) })}
                      </p>
                      <details>
                        <summary>{t('receipts.text')}</summary>
                        <pre className="c-quote">{n.receipt?.text}</pre>
                      </details>
                      <button
                        type="button"
                        className="tr-button"
                        disabled={markSent.isPending}
                        onClick={() =>
                          markSent.mutate(
                            { notificationId: n.id, version: n.version, sentOn: todayIso() },
                            {
                              onSuccess: () => {
                                setMessage(t('receipts.marked'));
                                void reload();
                              },
                              // Someone changed it meanwhile: show the new version.
                              onError: () => void reload(),
                            },
                          )
                        }
                      >
                        {t('receipts.mark')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
