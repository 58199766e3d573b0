import { useQuery } from '@tanstack/react-query';
import { DataTable, formatDate, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { adminMessages } from './admin-messages';
import { CatalogueSection } from './CatalogueSection';
import { describeChange } from './change-paths';
import { RulesForm } from './RulesForm';
import { StaircaseForm } from './StaircaseForm';

type Config = Outputs['adminConfig']['get'];
type Step = Config['staircase']['view']['steps'][number];
type Version = Config['rules']['history'][number];

/**
 * Staircase and rules admin: norms and follow-up rules (which drive every deadline),
 * the steps and the intervention catalogue, each saved as a version with who changed what.
 */
export default function AdminPage(): ReactNode {
  const t = useT(adminMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.adminConfig.get.queryOptions());
  const [status, setStatus] = useState('');
  usePageTitle(t('title'));
  const historyTable = (caption: string, rows: readonly Version[], definition?: unknown) =>
    rows.length === 0 ? (
      <p>{t('history.empty')}</p>
    ) : (
      <DataTable<Version>
        caption={caption}
        rows={rows}
        rowKey={(r) => String(r.version)}
        columns={[
          { key: 'version', header: t('history.version'), rowHeader: true, cell: (r) => r.version },
          { key: 'by', header: t('history.by'), cell: (r) => r.changedBy ?? '–' },
          {
            key: 'at',
            header: t('history.at'),
            cell: (r) => formatDate(r.changedAt.slice(0, 10), lang),
          },
          {
            key: 'changes',
            header: t('history.changes'),
            cell: (r) => r.changes.map((path) => describeChange(path, definition)).join(', '),
          },
        ]}
      />
    );
  return (
    <>
      <h1>{t('title')}</h1>
      <p role="status" className={status ? 'c-alert c-alert--ok' : undefined}>
        {status}
      </p>
      <QueryState query={query} loadingLabel={t('loading')}>
        {(config) => (
          <>
            <section className="c-section" aria-labelledby="rules-title">
              <h2 id="rules-title">{t('rules')}</h2>
              <p>{t('version', { version: config.rules.version })}</p>
              <RulesForm
                key={config.rules.version}
                version={config.rules.version}
                caseloadNorm={config.rules.caseloadNorm}
                followUpRules={config.rules.followUpRules}
                onSaved={async (message) => {
                  await query.refetch();
                  setStatus(message);
                }}
                onReload={() => void query.refetch()}
              />
              <h3>{t('history')}</h3>
              {historyTable(t('history'), config.rules.history)}
            </section>
            <section className="c-section" aria-labelledby="steps-title">
              <h2 id="steps-title">{t('steps')}</h2>
              <p>{t('version', { version: config.staircase.version })}</p>
              <DataTable<Step>
                caption={t('steps')}
                captionHidden
                rows={config.staircase.view.steps}
                rowKey={(s) => s.id}
                columns={[
                  { key: 'rank', header: t('rank'), cell: (s) => s.rank },
                  { key: 'name', header: t('name'), rowHeader: true, cell: (s) => s.name[lang] },
                ]}
              />
              <StaircaseForm
                key={`staircase-${config.staircase.version}`}
                version={config.staircase.version}
                definition={config.staircase.definition}
                onSaved={async (message) => {
                  await query.refetch();
                  setStatus(message);
                }}
                onReload={() => void query.refetch()}
              />
              <h3>
                {t('history')}: {t('steps')}
              </h3>
              {historyTable(
                `${t('history')}: ${t('steps')}`,
                config.staircase.history,
                config.staircase.definition,
              )}
            </section>
            <CatalogueSection
              staircase={config.staircase}
              onSaved={async (message) => {
                await query.refetch();
                setStatus(message);
              }}
              onReload={() => query.refetch()}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
