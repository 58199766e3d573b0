import { useQuery } from '@tanstack/react-query';
import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { useTRPC } from '../../api/trpc';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { Link } from '../../router/Link';
import type { PageProps } from '../../router/routes';
import { BusinessCaseCharts } from './BusinessCaseCharts';
import { BusinessCaseTable } from './BusinessCaseTable';
import { bcMessages } from './messages';

/** A print view of a saved business case: title, table and charts, no controls. */
export default function BusinessCasePrintPage({ params }: PageProps): ReactNode {
  const t = useT(bcMessages);
  const trpc = useTRPC();
  const id = params.id ?? '';
  const query = useQuery(trpc.businessCases.get.queryOptions({ id }));
  usePageTitle(`${query.data?.name ?? t('title')} – ${t('print')}`);
  return (
    <div className="c-print">
      <p className="c-actions c-no-print">
        <Link to={`/business-cases/${id}`}>{`← ${t('back')}`}</Link>
        <button
          type="button"
          className="tr-button tr-button--primary"
          onClick={() => window.print()}
        >
          {t('printNow')}
        </button>
      </p>
      <QueryState query={query} loadingLabel={t('loading')}>
        {(bc) => (
          <>
            <h1>{bc.name}</h1>
            <p>{`${t('version')} ${bc.version} · ${new Date(bc.updatedAt).toLocaleDateString('da-DK')}`}</p>
            <BusinessCaseTable evaluation={bc.evaluation} />
            <BusinessCaseCharts evaluation={bc.evaluation} />
          </>
        )}
      </QueryState>
    </div>
  );
}
