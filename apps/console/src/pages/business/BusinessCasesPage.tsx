import { useQuery } from '@tanstack/react-query';
import { DataTable, EmptyState, formatDate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { Link } from '../../router/Link';
import { bcMessages } from './messages';

type Summary = Outputs['businessCases']['list'][number];

/** The municipality's business cases. */
export default function BusinessCasesPage(): ReactNode {
  const t = useT(bcMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.businessCases.list.queryOptions());
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <QueryState query={query} loadingLabel={t('loading')}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={t('empty')} />
          ) : (
            <DataTable<Summary>
              caption={t('listCaption')}
              captionHidden
              rows={rows}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'name',
                  header: t('name'),
                  rowHeader: true,
                  cell: (r) => <Link to={`/business-cases/${r.id}`}>{r.name}</Link>,
                },
                { key: 'version', header: t('version'), align: 'end', cell: (r) => r.version },
                {
                  key: 'updated',
                  header: t('updated'),
                  cell: (r) => formatDate(r.updatedAt, lang, 'medium'),
                },
              ]}
            />
          )
        }
      </QueryState>
    </>
  );
}
