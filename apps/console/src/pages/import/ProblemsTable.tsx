import { DataTable, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { type ImportMessageKey, importMessages } from './import-messages';
import type { DryRun } from './useImportFlow';

type Problem = DryRun['problems'][number];

/** Every bad row the check found: line, column, value and why. */
export function ProblemsTable({ check }: { check: DryRun }): ReactNode {
  const t = useT(importMessages);
  const reason = (p: Problem) => {
    const key = `code.${p.code}` as ImportMessageKey;
    return key in importMessages.da ? t(key) : p.reason;
  };
  return (
    <>
      <p className="c-alert c-alert--error">
        {t('problemsSummary', { count: check.problemCount, read: check.read })}
      </p>
      {check.problemCount > check.problems.length ? (
        <p>{t('problemsTruncated', { shown: check.problems.length, count: check.problemCount })}</p>
      ) : null}
      <DataTable<Problem>
        caption={t('problems')}
        rows={check.problems}
        rowKey={(p) => `${p.line}-${p.column ?? ''}-${p.code}`}
        columns={[
          { key: 'line', header: t('problem.line'), rowHeader: true, cell: (p) => p.line },
          {
            key: 'column',
            header: t('problem.column'),
            cell: (p) => <code>{p.column ?? '–'}</code>,
          },
          { key: 'value', header: t('problem.value'), cell: (p) => p.value || '–' },
          { key: 'reason', header: t('problem.reason'), cell: reason },
        ]}
      />
    </>
  );
}
