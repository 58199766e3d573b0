import { useMutation } from '@tanstack/react-query';
import { ConfirmDialog, FormField, formatDate, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { CaseDetail } from '../../api/types';
import { todayIso } from '../../lib/dates';
import { Link } from '../../router/Link';
import { closingMessages } from './messages';

const REASONS = ['goalReached', 'movedMunicipality', 'agedOut', 'other'] as const;
type Reason = (typeof REASONS)[number];

/** Close (or reopen) the case, the transfer summary, and — for leaders — the legal hold. */
export function ClosingSection({
  detail,
  reload,
  canHold,
}: {
  detail: CaseDetail;
  reload: () => Promise<unknown>;
  canHold: boolean;
}): ReactNode {
  const t = useT(closingMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const [closedOn, setClosedOn] = useState(todayIso());
  const [reason, setReason] = useState<Reason>('goalReached');
  const open = detail.interventions.filter(
    (i) => i.endDate === null || i.endDate > closedOn,
  ).length;
  const [endOpen, setEndOpen] = useState(false);
  const [asking, setAsking] = useState<'close' | 'reopen' | null>(null);
  const [notice, setNotice] = useState('');
  const [holdReason, setHoldReason] = useState('');
  const close = useMutation(trpc.cases.close.mutationOptions());
  const reopen = useMutation(trpc.cases.reopen.mutationOptions());
  const hold = useMutation(trpc.cases.setLegalHold.mutationOptions());
  const error = close.error ?? reopen.error ?? hold.error;
  const confirm = async () => {
    if (asking === 'close') {
      await close.mutateAsync({
        caseId: detail.caseId,
        version: detail.version,
        closedOn,
        reason,
        endOpenInterventions: endOpen,
      });
      setNotice(t('closing.done'));
    } else {
      await reopen.mutateAsync({ caseId: detail.caseId, version: detail.version });
      setNotice(t('closing.reopened'));
    }
    setAsking(null);
    await reload();
  };
  return (
    <section className="c-section" aria-labelledby="closing-title" id="closing">
      <h2 id="closing-title">{t('closing.title')}</h2>
      {notice ? (
        <p className="c-alert" role="status">
          {notice}
        </p>
      ) : null}
      {detail.status === 'open' ? (
        <form
          className="c-form"
          onSubmit={(e) => {
            e.preventDefault();
            setAsking('close');
          }}
        >
          <p>{t('closing.intro')}</p>
          <FormField label={t('closing.date')} required>
            {(control) => (
              <input
                {...control}
                type="date"
                value={closedOn}
                max={todayIso()}
                onChange={(e) => setClosedOn(e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('closing.reason')} required>
            {(control) => (
              <select
                {...control}
                value={reason}
                onChange={(e) => setReason(e.target.value as Reason)}
              >
                {REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`reason.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {open > 0 ? (
            <label className="c-check">
              <input
                type="checkbox"
                checked={endOpen}
                onChange={(e) => setEndOpen(e.target.checked)}
              />
              {` ${t('closing.openInterventions', { count: open })}`}
            </label>
          ) : (
            <p className="c-muted">{t('closing.noOpen')}</p>
          )}
          <p>
            <button type="submit" className="tr-button tr-button--primary">
              {t('closing.submit')}
            </button>
          </p>
        </form>
      ) : (
        <>
          <p>
            {t('closing.closedOn', {
              date: detail.closedOn ? formatDate(detail.closedOn, lang) : '',
              reason: detail.closeReason ? t(`reason.${detail.closeReason as Reason}`) : '',
            })}
          </p>
          <p>
            <button type="button" className="tr-button" onClick={() => setAsking('reopen')}>
              {t('closing.reopen')}
            </button>
          </p>
        </>
      )}
      <p>
        <Link to={`/cases/${detail.caseId}/transfer`}>{t('closing.transfer')}</Link>
      </p>
      {detail.legalHold ? <p className="c-alert">{t('closing.holdOn')}</p> : null}
      {canHold ? (
        <div className="c-form">
          {detail.legalHold ? null : (
            <FormField label={t('closing.holdReason')}>
              {(control) => (
                <input
                  {...control}
                  value={holdReason}
                  onChange={(e) => setHoldReason(e.target.value)}
                />
              )}
            </FormField>
          )}
          <button
            type="button"
            className="tr-button"
            onClick={() =>
              void hold
                .mutateAsync({
                  caseId: detail.caseId,
                  version: detail.version,
                  hold: !detail.legalHold,
                  reason: holdReason,
                })
                .then(reload)
                .catch(() => {})
            }
          >
            {detail.legalHold ? t('closing.holdLift') : t('closing.holdSet')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={asking === 'close' ? t('closing.confirmTitle') : t('closing.reopenTitle')}
        confirmLabel={asking === 'close' ? t('closing.confirm') : t('closing.reopenConfirm')}
        onConfirm={() => void confirm().catch(() => setAsking(null))}
        onCancel={() => setAsking(null)}
      >
        <p>
          {asking === 'close'
            ? t('closing.confirmBody', {
                date: formatDate(closedOn, lang),
                reason: t(`reason.${reason}`),
              })
            : t('closing.reopenBody')}
        </p>
      </ConfirmDialog>
    </section>
  );
}
