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

const SECTIONS = [
  'guardians',
  'cases',
  'caseworkerHistory',
  'interventions',
  'followUps',
  'plans',
  'planVersions',
  'comments',
  'readConfirmations',
  'notifications',
  'consents',
  'meetings',
  'childAssessments',
  'accessLog',
] as const;

/** The access export (indsigt) as a printable Danish document, with the same data as JSON. */
export default function AccessExportPage({ params }: PageProps): ReactNode {
  const t = useT(closingMessages);
  const trpc = useTRPC();
  const caseId = params.caseId ?? '';
  const detail = useQuery(trpc.cases.get.queryOptions({ caseId }));
  usePageTitle(t('access.title'));
  return (
    <div className="c-print">
      <QueryState query={detail} loadingLabel={t('doc.loading')}>
        {(d) => (
          <AccessDocument caseId={caseId} childId={d.child.id} requester={params.requester ?? ''} />
        )}
      </QueryState>
    </div>
  );
}

function AccessDocument({
  caseId,
  childId,
  requester,
}: {
  caseId: string;
  childId: string;
  requester: string;
}): ReactNode {
  const t = useT(closingMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.access.export.queryOptions({
      childId,
      requester:
        requester === 'young'
          ? { kind: 'youngPerson' }
          : { kind: 'guardian', guardianId: requester },
    }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return (
    <>
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
            downloadJson(`indsigt-${query.data?.child.reference ?? ''}.json`, query.data)
          }
        >
          {t('doc.json')}
        </button>
      </p>
      <QueryState query={query} loadingLabel={t('doc.loading')}>
        {(data) => (
          <article>
            <h1>{t('access.docTitle', { name: data.child.name })}</h1>
            <p>
              {t('access.docLead', {
                requester: data.requester.name,
                municipality: data.municipality,
              })}
            </p>
            <p className="c-muted">
              {t('doc.generated', { date: formatDate(data.generatedOn, lang) })}
            </p>
            <RowsTable
              title={t('section.child')}
              rows={[
                {
                  name: data.child.name,
                  birthDate: data.child.birthDate,
                  cpr: data.child.cpr,
                  reference: data.child.reference,
                },
              ]}
              empty={t('doc.none')}
            />
            {SECTIONS.map((s) => (
              <RowsTable key={s} title={t(`section.${s}`)} rows={data[s]} empty={t('doc.none')} />
            ))}
            <p>{t('access.protected')}</p>
          </article>
        )}
      </QueryState>
    </>
  );
}
