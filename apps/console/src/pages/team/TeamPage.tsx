import { useQuery } from '@tanstack/react-query';
import { BarChart, DataTable, formatDate, formatNumber, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { Link } from '../../router/Link';
import { teamMessages } from './messages';
import { ViolationsSection } from './ViolationsSection';

type Caseworker = Outputs['caseload']['overview']['caseworkers'][number];
const STATUS_CLASS: Record<string, string> = {
  overMax: 'c-flag c-flag--danger',
  overTarget: 'c-flag c-flag--warn',
  atTarget: 'c-flag c-flag--ok',
  under: 'c-flag',
  onLeave: 'c-flag',
};
const STATUSES = ['overMax', 'overTarget', 'atTarget', 'under', 'onLeave'] as const;

/** Team view for leaders: caseload per caseworker against the norm, distribution, actions due. */
export default function TeamPage(): ReactNode {
  const t = useT(teamMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.caseload.overview.queryOptions({}));
  usePageTitle(t('title'));
  const statusText = (status: string) =>
    STATUSES.find((s) => s === status)
      ? t(`status.${status as (typeof STATUSES)[number]}`)
      : status;
  return (
    <>
      <h1>{t('title')}</h1>
      <QueryState query={query} loadingLabel={t('loading')}>
        {(data) => {
          const norm = data.total.norm;
          const rows = [...data.caseworkers].sort((a, b) => b.loadPerFte - a.loadPerFte);
          const over = rows.filter((r) => r.status === 'overMax').length;
          const buckets = Object.keys(data.total.distribution);
          return (
            <>
              <dl className="c-facts c-kpis">
                <div>
                  <dt>{t('caseworkers')}</dt>
                  <dd>{data.total.caseworkers}</dd>
                </div>
                <div>
                  <dt>{t('children')}</dt>
                  <dd>{data.total.children}</dd>
                </div>
                <div>
                  <dt>{t('average')}</dt>
                  <dd>
                    {data.total.averagePerFte === null
                      ? '–'
                      : formatNumber(data.total.averagePerFte, lang)}
                  </dd>
                </div>
                <div>
                  <dt>{t('normLabel')}</dt>
                  <dd>{t('norm', { target: norm.target, max: norm.max })}</dd>
                </div>
                <div>
                  <dt>{t('asOf', { date: '' }).trim()}</dt>
                  <dd>{formatDate(data.asOf, lang, 'medium')}</dd>
                </div>
              </dl>
              <ViolationsSection violations={data.violations} caseworkers={data.caseworkers} />
              <div className="c-grid-2">
                <section className="c-section" aria-labelledby="load-title">
                  <h2 id="load-title" className="tr-visually-hidden">
                    {t('chart.title')}
                  </h2>
                  <BarChart
                    title={t('chart.title')}
                    summary={t('chart.summary', { over, count: rows.length, max: norm.max })}
                    categories={rows.map((r) => r.name)}
                    series={[{ name: t('chart.series'), values: rows.map((r) => r.loadPerFte) }]}
                    reference={{ value: norm.max, label: t('chart.reference', { max: norm.max }) }}
                    categoryLabel={t('name')}
                  />
                </section>
                <section className="c-section" aria-labelledby="dist-title">
                  <h2 id="dist-title" className="tr-visually-hidden">
                    {t('dist.title')}
                  </h2>
                  <BarChart
                    title={t('dist.title')}
                    summary={t('dist.summary')}
                    categories={buckets}
                    series={[
                      {
                        name: t('dist.series'),
                        values: buckets.map((b) => data.total.distribution[b] ?? 0),
                      },
                    ]}
                    categoryLabel={t('dist.category')}
                    tableMode="visible"
                  />
                </section>
              </div>
              <section className="c-section" aria-labelledby="table-title">
                <h2 id="table-title">{t('table.caption')}</h2>
                <DataTable<Caseworker>
                  caption={t('table.caption')}
                  captionHidden
                  rows={rows}
                  rowKey={(r) => r.caseworkerId}
                  initialSort={{ key: 'load', direction: 'descending' }}
                  columns={[
                    {
                      key: 'name',
                      header: t('name'),
                      rowHeader: true,
                      sortValue: (r) => r.name,
                      cell: (r) => <Link to={`/team/caseworkers/${r.caseworkerId}`}>{r.name}</Link>,
                    },
                    {
                      key: 'fte',
                      header: t('fte'),
                      align: 'end',
                      sortValue: (r) => r.fte,
                      cell: (r) => formatNumber(r.fte, lang, 2),
                    },
                    {
                      key: 'children',
                      header: t('children'),
                      align: 'end',
                      sortValue: (r) => r.children,
                      cell: (r) => r.children,
                    },
                    {
                      key: 'load',
                      header: t('load'),
                      align: 'end',
                      sortValue: (r) => r.loadPerFte,
                      cell: (r) => formatNumber(r.loadPerFte, lang),
                    },
                    {
                      key: 'status',
                      header: t('status'),
                      sortValue: (r) => r.status,
                      cell: (r) => (
                        <span className={STATUS_CLASS[r.status] ?? 'c-flag'}>
                          {statusText(r.status)}
                        </span>
                      ),
                    },
                  ]}
                />
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
