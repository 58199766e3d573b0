import { useMutation, useQuery } from '@tanstack/react-query';
import { ConfirmDialog, FormField, formatDate, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { todayIso } from '../../lib/dates';
import { QueryState } from '../../lib/QueryState';
import { closingMessages } from './messages';

type Consent = Outputs['consents']['forChild'][number];
const PARTIES = ['school', 'health', 'municipality', 'ssd', 'other'] as const;
const FLAG: Record<Consent['status'], string> = {
  active: 'c-flag c-flag--ok',
  pending: 'c-flag',
  expired: 'c-flag c-flag--warn',
  revoked: 'c-flag c-flag--danger',
};

/** The child's consents: status, portal revocations to notice, recording and revoking. */
export function ConsentsSection({ childId }: { childId: string }): ReactNode {
  const t = useT(closingMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const list = useQuery(trpc.consents.forChild.queryOptions({ childId }));
  const holders = useQuery(trpc.access.requesters.queryOptions({ childId }));
  const record = useMutation(trpc.consents.record.mutationOptions());
  const revoke = useMutation(trpc.consents.revoke.mutationOptions());
  const ack = useMutation(trpc.consents.acknowledge.mutationOptions());
  const [revoking, setRevoking] = useState<Consent | null>(null);
  const [givenBy, setGivenBy] = useState('');
  const [partyKind, setPartyKind] = useState<(typeof PARTIES)[number]>('school');
  const [partyName, setPartyName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [validTo, setValidTo] = useState(todayIso());
  const [notice, setNotice] = useState('');
  const error = record.error ?? revoke.error ?? ack.error;
  const period = (c: Consent) =>
    `${formatDate(c.validFrom, lang, 'medium')} – ${formatDate(c.validTo, lang, 'medium')}`;
  const chosen = givenBy || holders.data?.guardians[0]?.id || 'young';
  return (
    <section className="c-section" aria-labelledby="consents-title" id="consents">
      <h2 id="consents-title">{t('consents.title')}</h2>
      <QueryState query={list} loadingLabel={t('doc.loading')}>
        {(consents) => (
          <>
            {consents
              .filter((c) => c.revocationUnseen)
              .map((c) => (
                <p key={c.id} className="c-alert" role="status">
                  {`${t('consents.unseen', { party: c.partyName })} `}
                  <button
                    type="button"
                    className="tr-button"
                    onClick={() =>
                      void ack
                        .mutateAsync({ consentId: c.id, version: c.version })
                        .then(() => list.refetch())
                        .catch(() => {})
                    }
                  >
                    {t('consents.ack')}
                  </button>
                </p>
              ))}
            {consents.length === 0 ? (
              <p className="c-muted">{t('consents.empty')}</p>
            ) : (
              <div className="c-table-wrap">
                <table className="tr-table">
                  <caption className="tr-visually-hidden">{t('consents.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('consents.party')}</th>
                      <th scope="col">{t('consents.purpose')}</th>
                      <th scope="col">{t('consents.period')}</th>
                      <th scope="col">{t('consents.givenBy')}</th>
                      <th scope="col">{t('consents.status')}</th>
                      <th scope="col">
                        <span className="tr-visually-hidden">{t('consents.revoke')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {consents.map((c) => (
                      <tr key={c.id}>
                        <td>{`${c.partyName} (${t(`party.${c.partyKind}`)})`}</td>
                        <td>{c.purpose}</td>
                        <td>{period(c)}</td>
                        <td>{c.guardian?.name ?? t('access.young')}</td>
                        <td>
                          <span className={FLAG[c.status]}>{t(`status.${c.status}`)}</span>
                        </td>
                        <td>
                          {c.status === 'revoked' ? null : (
                            <button
                              type="button"
                              className="tr-button"
                              onClick={() => setRevoking(c)}
                            >
                              {t('consents.revoke')}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </QueryState>
      <form
        className="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          void record
            .mutateAsync({
              childId,
              givenBy: chosen === 'young' ? 'youngPerson' : 'guardian',
              guardianId: chosen === 'young' ? undefined : chosen,
              partyKind,
              partyName,
              purpose,
              validFrom,
              validTo,
            })
            .then(async () => {
              setNotice(t('consents.saved'));
              setPartyName('');
              setPurpose('');
              await list.refetch();
            })
            .catch(() => {});
        }}
      >
        <h3>{t('consents.record')}</h3>
        {notice ? <p role="status">{notice}</p> : null}
        <FormField label={t('consents.givenBy')} required>
          {(control) => (
            <select {...control} value={chosen} onChange={(e) => setGivenBy(e.target.value)}>
              {(holders.data?.guardians ?? []).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
              <option value="young">{t('access.young')}</option>
            </select>
          )}
        </FormField>
        <FormField label={t('consents.partyKind')} required>
          {(control) => (
            <select
              {...control}
              value={partyKind}
              onChange={(e) => setPartyKind(e.target.value as (typeof PARTIES)[number])}
            >
              {PARTIES.map((p) => (
                <option key={p} value={p}>
                  {t(`party.${p}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('consents.partyName')} required>
          {(control) => (
            <input {...control} value={partyName} onChange={(e) => setPartyName(e.target.value)} />
          )}
        </FormField>
        <FormField label={t('consents.purpose')} required>
          {(control) => (
            <input {...control} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
          )}
        </FormField>
        <FormField label={t('consents.validFrom')} required>
          {(control) => (
            <input
              {...control}
              type="date"
              value={validFrom}
              onChange={(e) => setValidFrom(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('consents.validTo')} required>
          {(control) => (
            <input
              {...control}
              type="date"
              value={validTo}
              onChange={(e) => setValidTo(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="tr-button tr-button--primary">
          {t('consents.record')}
        </button>
      </form>
      {error ? (
        <p className="c-alert c-alert--error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      <ConfirmDialog
        open={revoking !== null}
        title={t('consents.revokeTitle')}
        confirmLabel={t('consents.revoke').replace(' …', '')}
        onConfirm={() => {
          const c = revoking;
          setRevoking(null);
          if (c)
            void revoke
              .mutateAsync({ consentId: c.id, version: c.version })
              .then(() => list.refetch())
              .catch(() => {});
        }}
        onCancel={() => setRevoking(null)}
      >
        <p>{t('consents.revokeBody', { party: revoking?.partyName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
