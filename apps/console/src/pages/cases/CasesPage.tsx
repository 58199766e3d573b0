import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  DataTable,
  type DataTableColumn,
  EmptyState,
  formatDate,
  StaircasePicture,
  useLanguage,
  useT,
} from '@trappen/ui';
import { type ReactNode, useCallback } from 'react';
import { useTRPC } from '../../api/trpc';
import { useMe } from '../../auth/useMe';
import { type CaseListRow, childAndReferenceColumns } from '../../lib/case-columns';
import { formatDuration } from '../../lib/dates';
import { QueryState } from '../../lib/QueryState';
import { useStaircase } from '../../lib/staircase';
import { usePageTitle } from '../../lib/usePageTitle';
import { navigate, useLocation } from '../../router/history';
import { CaseFilters } from './CaseFilters';
import { fromSortState, type ListInput, readListParams, toQuery, toSortState } from './list-params';
import { casesMessages } from './messages';
import { Pagination } from './Pagination';

type Row = CaseListRow;
const SIX_MONTHS_DAYS = 183;

/** "My cases": the children with their step, time on step and deadlines, paged by the server. */
export default function CasesPage(): ReactNode {
  const t = useT(casesMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const { me } = useMe();
  const { search } = useLocation();
  const defaultScope = me?.caseworkerId ? 'mine' : 'scope';
  const input = readListParams(search, defaultScope);
  const staircase = useStaircase();
  const list = useQuery({
    ...trpc.cases.list.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  usePageTitle(input.scope === 'mine' ? t('titleMine') : t('title'));
  const update = useCallback(
    (patch: Partial<ListInput>) => {
      const current = readListParams(new URLSearchParams(window.location.search), defaultScope);
      navigate(`/cases${toQuery({ ...current, ...patch }, defaultScope)}`, { replace: true });
    },
    [defaultScope],
  );
  const columns: DataTableColumn<Row>[] = [
    ...childAndReferenceColumns({ child: t('child'), reference: t('reference') }),
    {
      key: 'step',
      header: t('currentStep'),
      sortValue: (r) => r.currentStep?.rank ?? null,
      cell: (r) =>
        staircase.data ? (
          <span className="c-step-cell">
            <StaircasePicture
              staircase={staircase.data.staircase}
              currentStep={r.currentStep?.id ?? null}
              size="small"
            />
            <span className="c-step-name" aria-hidden="true">
              {staircase.data.raw.steps.find((s) => s.id === r.currentStep?.id)?.name[lang] ?? ''}
            </span>
          </span>
        ) : (
          (r.currentStep?.rank ?? '–')
        ),
    },
    {
      key: 'stepSince',
      header: t('onStep'),
      sortValue: (r) => r.stepSince,
      cell: (r) =>
        r.daysOnStep === null ? (
          '–'
        ) : (
          <>
            {formatDuration(r.daysOnStep, lang)}
            {r.daysOnStep > SIX_MONTHS_DAYS ? (
              <span className="c-flag c-flag--warn">{t('overSix')}</span>
            ) : null}
          </>
        ),
    },
    {
      key: 'nextDeadline',
      header: t('nextDeadline'),
      sortValue: (r) => r.nextDeadline,
      cell: (r) =>
        r.nextDeadline ? (
          <>
            {formatDate(r.nextDeadline, lang, 'medium')}
            {r.overdue ? <span className="c-flag c-flag--danger">{t('overdue')}</span> : null}
          </>
        ) : (
          t('noDeadline')
        ),
    },
  ];
  if (input.scope === 'scope') {
    columns.push({
      key: 'caseworker',
      header: t('caseworker'),
      cell: (r) => r.caseworker?.name ?? '–',
    });
  }
  return (
    <>
      <h1>{input.scope === 'mine' ? t('titleMine') : t('title')}</h1>
      <CaseFilters
        input={input}
        steps={staircase.data?.raw.steps ?? []}
        showScope={Boolean(me?.caseworkerId)}
        onChange={update}
      />
      <QueryState query={list} loadingLabel={t('loading')}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          const overdue = data.items.filter((r) => r.overdue).length;
          if (data.total === 0) {
            return (
              <EmptyState
                title={t('emptyTitle')}
                action={
                  <button type="button" className="tr-button" onClick={() => navigate('/cases')}>
                    {t('clear')}
                  </button>
                }
              >
                <p>{t('emptyBody')}</p>
              </EmptyState>
            );
          }
          return (
            <>
              <p className="c-summary" aria-live="polite">
                <strong>{t('count', { total: data.total })}</strong>
                {overdue > 0 ? ` · ${t('overdueCount', { count: overdue })}` : ''}
              </p>
              <DataTable
                caption={t('caption', { page: data.page, pages })}
                captionHidden
                columns={columns}
                rows={data.items}
                rowKey={(r) => r.caseId}
                sort={toSortState(input)}
                onSortChange={(sort) => update({ ...fromSortState(sort), page: 1 })}
                className={list.isPlaceholderData ? 'c-stale' : undefined}
              />
              <Pagination page={data.page} pages={pages} onPage={(page) => update({ page })} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
