import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DataTable, formatDate, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { useTRPC } from '../../api/trpc';
import { type CaseListRow, childAndReferenceColumns } from '../../lib/case-columns';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { Link } from '../../router/Link';
import type { PageProps } from '../../router/routes';
import { ReassignDialog } from './ReassignDialog';
import { reassignMessages } from './reassign-messages';

type CaseItem = CaseListRow;

/** One caseworker's open cases, each with a reassign action (leaders). */
export default function CaseworkerCasesPage({ params }: PageProps): ReactNode {
  const caseworkerId = params.caseworkerId ?? '';
  const t = useT(reassignMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const overview = useQuery(trpc.caseload.overview.queryOptions({}));
  const list = useQuery(
    trpc.cases.list.queryOptions({
      scope: 'scope',
      caseworkerId,
      pageSize: 100,
      sortBy: 'childName',
    }),
  );
  const [moving, setMoving] = useState<CaseItem | null>(null);
  const [notice, setNotice] = useState('');
  const name = overview.data?.caseworkers.find((c) => c.caseworkerId === caseworkerId)?.name;
  const title = name ? t('title', { name }) : t('fallbackTitle');
  usePageTitle(title);
  const candidates = (overview.data?.caseworkers ?? [])
    .filter((c) => c.caseworkerId !== caseworkerId && !c.onLeave)
    .map((c) => ({ id: c.caseworkerId, name: c.name }));
  return (
    <>
      <p>
        <Link to="/team">{t('back')}</Link>
      </p>
      <h1>{title}</h1>
      <p role="status" className={notice ? 'c-alert c-alert--ok' : undefined}>
        {notice}
      </p>
      <QueryState query={list} loadingLabel={t('loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <DataTable<CaseItem>
              caption={t('caption')}
              rows={data.items}
              rowKey={(r) => r.caseId}
              columns={[
                ...childAndReferenceColumns({ child: t('child'), reference: t('reference') }),
                {
                  key: 'step',
                  header: t('step'),
                  align: 'end',
                  sortValue: (r) => r.currentStep?.rank ?? 0,
                  cell: (r) => r.currentStep?.rank ?? '–',
                },
                {
                  key: 'deadline',
                  header: t('deadline'),
                  sortValue: (r) => r.nextDeadline ?? '',
                  cell: (r) => (r.nextDeadline ? formatDate(r.nextDeadline, lang) : '–'),
                },
                {
                  key: 'action',
                  header: t('action'),
                  cell: (r) => (
                    <button
                      type="button"
                      className="tr-button"
                      aria-label={t('reassignFor', { child: r.childName })}
                      onClick={() => setMoving(r)}
                    >
                      {t('reassign')}
                    </button>
                  ),
                },
              ]}
            />
          )
        }
      </QueryState>
      {moving ? (
        <ReassignDialog
          caseId={moving.caseId}
          version={moving.version}
          childName={moving.childName}
          candidates={candidates}
          onCancel={() => setMoving(null)}
          onDone={async (message) => {
            setMoving(null);
            setNotice(message);
            await queryClient.invalidateQueries({ queryKey: [['cases']] });
            await queryClient.invalidateQueries({ queryKey: [['caseload']] });
          }}
        />
      ) : null}
    </>
  );
}
