import { useQuery } from '@tanstack/react-query';
import { FormField, useT } from '@trappen/ui';
import { type ReactNode, useState } from 'react';
import { useTRPC } from '../../api/trpc';
import { QueryState } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { ColumnsTable } from './ColumnsTable';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { importMessages } from './import-messages';
import { ProblemsTable } from './ProblemsTable';
import { type ImportKind, useImportFlow } from './useImportFlow';

const KINDS: readonly ImportKind[] = [
  'children',
  'interventions',
  'followUps',
  'assignments',
  'notifications',
];

/**
 * CSV import for team leaders and administrators: choose the kind, read its documented
 * columns or download the template, check a file (every bad row listed), then import it
 * all or nothing. Importing the same file again writes nothing new.
 */
export default function ImportPage(): ReactNode {
  const t = useT(importMessages);
  const trpc = useTRPC();
  const [kind, setKind] = useState<ImportKind>('children');
  const template = useQuery(trpc.imports.template.queryOptions({ kind }));
  const flow = useImportFlow(kind);
  const busy = flow.phase.name !== 'idle';
  usePageTitle(t('title'));
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section className="c-section" aria-labelledby="import-columns">
        <h2 id="import-columns">{t('columns')}</h2>
        <FormField label={t('kind')}>
          {(control) => (
            <select
              {...control}
              value={kind}
              disabled={busy}
              onChange={(e) => {
                setKind(e.target.value as ImportKind);
                flow.reset();
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <QueryState query={template} loadingLabel={t('loadingColumns')}>
          {(data) => <ColumnsTable kind={kind} template={data} />}
        </QueryState>
      </section>
      <section className="c-section" aria-labelledby="import-file">
        <h2 id="import-file">{t('fileSection')}</h2>
        <FormField label={t('file')} hint={t('fileHint')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              onChange={(e) => void flow.chooseFile(e.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        {flow.file ? (
          <p>{t('fileRead', { name: flow.file.name, size: Math.ceil(flow.file.size / 1024) })}</p>
        ) : null}
        <div className="c-actions">
          <button
            type="button"
            className="tr-button"
            disabled={!flow.file || busy}
            onClick={() => void flow.checkFile()}
          >
            {t('check')}
          </button>
          <button
            type="button"
            className="tr-button tr-button--primary"
            disabled={!flow.ready || busy}
            aria-describedby="import-run-hint"
            onClick={() => void flow.runImport()}
          >
            {t('run')}
          </button>
        </div>
        <p id="import-run-hint" className="tr-field__hint">
          {t('runHint')}
        </p>
        <ImportProgress phase={flow.phase} />
        <ImportResult flow={flow} />
        {flow.check && flow.check.problemCount > 0 ? <ProblemsTable check={flow.check} /> : null}
      </section>
    </>
  );
}
