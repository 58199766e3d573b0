import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog, LoadingState, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { trpcClient } from '../api/client';
import { problemMessage, toProblem } from '../api/errors';
import { keys, myConsentsQuery } from '../api/queries';
import { PageTitle } from '../components/PageTitle';
import { QueryProblem } from '../components/QueryProblem';
import { formatDay } from '../format/dates';
import { commonMessages } from '../messages/common';
import { consentsMessages } from '../messages/consents';

type Consent = Awaited<ReturnType<typeof trpcClient.consents.mine.query>>[number];

/** The consents about the parent's children, each revocable; expired and revoked shown as such. */
export function ConsentsPage(): ReactNode {
  const t = useT(consentsMessages);
  const common = useT(commonMessages);
  const { lang } = useLanguage();
  const queryClient = useQueryClient();
  const query = useQuery(myConsentsQuery());
  const [asking, setAsking] = useState<Consent | null>(null);
  const [notice, setNotice] = useState('');
  const revoke = useMutation({
    mutationFn: (c: Consent) =>
      trpcClient.consents.revokeMine.mutate({ consentId: c.id, version: c.version }),
    onSuccess: async (c) => {
      setNotice(t('revoked', { party: c.partyName }));
      await queryClient.invalidateQueries({ queryKey: keys.consents });
    },
  });
  if (query.isPending) return <LoadingState label={common('loading')} />;
  if (query.isError) return <QueryProblem error={query.error} onRetry={() => query.refetch()} />;
  return (
    <div className="portal-narrow">
      <PageTitle>{t('title')}</PageTitle>
      <p className="portal-lead">{t('intro')}</p>
      {notice ? (
        <p className="portal-notice" role="status">
          {notice}
        </p>
      ) : null}
      {revoke.error ? (
        <p className="portal-notice" role="alert">
          {problemMessage(toProblem(revoke.error), lang, t('failed'))}
        </p>
      ) : null}
      {query.data.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="portal-consents">
          {query.data.map((c) => (
            <li key={c.id} className={`portal-consent portal-consent--${c.status}`}>
              <h2>{`${c.partyName} (${t(`party.${c.partyKind}`)})`}</h2>
              <dl>
                <dt>{t('purpose')}</dt>
                <dd>{c.purpose}</dd>
                <dt>{t('period')}</dt>
                <dd>{`${formatDay(c.validFrom, lang)} – ${formatDay(c.validTo, lang)}`}</dd>
                <dt>{t('status')}</dt>
                <dd>
                  <strong>{t(`status.${c.status}`)}</strong>
                  {c.revokedAt
                    ? ` · ${t('revokedOn', { date: formatDay(c.revokedAt, lang) })}`
                    : null}
                </dd>
              </dl>
              {c.status === 'active' || c.status === 'pending' ? (
                <button type="button" className="tr-button" onClick={() => setAsking(c)}>
                  {t('revoke')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={t('revokeTitle')}
        confirmLabel={t('revoke')}
        onConfirm={() => {
          const c = asking;
          setAsking(null);
          if (c) revoke.mutate(c);
        }}
        onCancel={() => setAsking(null)}
      >
        <p>{t('revokeBody', { party: asking?.partyName ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
