import { useQuery } from '@tanstack/react-query';
import { formatDate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { useTRPC } from '../../api/trpc';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { Link } from '../../router/Link';
import type { PageProps } from '../../router/routes';
import { closingMessages } from './messages';
import { downloadJson, RowsTable } from './RowsTable';

/** The transfer summary for the receiving municipality: printable, and as JSON. */
export default function TransferSummaryPage({ params }: PageProps): ReactNode {
  const t = useT(closingMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const caseId = params.caseId ?? '';
  const query = useQuery({
    ...trpc.cases.transferSummary.queryOptions({ caseId }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  usePageTitle(t('transfer.title'));
  return (
    <div className="c-print">
      <p className="c-actions c-no-print">
        <Link to={`/cases/${caseId}`}>{`← ${t('doc.back')}`}</Link>
        <button
          type="button"
          className="tr-button tr-button--primary"
          onClick={() => window.print()}
        >
          {t('doc.print')}
        </button>
        <button
          type="button"
          className="tr-button"
          disabled={!query.data}
          onClick={() =>
            downloadJson(`overdragelse-${query.data?.child.reference ?? ''}.json`, query.data)
          }
        >
          {t('doc.json')}
        </button>
      </p>
      <QueryState query={query} loadingLabel={t('doc.loading')}>
        {(s) => (
          <article>
            <h1>{`${t('transfer.title')}: ${s.child.name}`}</h1>
            <p>{t('transfer.lead')}</p>
            <p className="c-muted">
              {t('doc.generated', { date: formatDate(s.generatedOn, lang) })}
            </p>
            <RowsTable
              title={t('section.cases')}
              rows={[
                {
                  name: s.child.name,
                  birthDate: s.child.birthDate,
                  status: s.status,
                  openedOn: s.openedOn,
                  closedOn: s.closedOn,
                  closeReason: s.closeReason,
                },
              ]}
              empty={t('doc.none')}
            />
            <RowsTable
              title={t('section.plans')}
              rows={s.plan ? [s.plan] : []}
              empty={t('doc.none')}
            />
            <RowsTable
              title={t('section.interventions')}
              rows={s.interventions}
              empty={t('doc.none')}
            />
            <RowsTable title={t('section.followUps')} rows={s.followUps} empty={t('doc.none')} />
            <RowsTable
              title={t('section.caseworkerHistory')}
              rows={s.caseworkerHistory.map(({ caseworkerId: _, ...rest }) => rest)}
              empty={t('doc.none')}
            />
          </article>
        )}
      </QueryState>
    </div>
  );
}
