import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { importMessages } from './import-messages';
import type { useImportFlow } from './useImportFlow';

/** The outcome of the check or the import, announced politely; errors assertively. */
export function ImportResult({ flow }: { flow: ReturnType<typeof useImportFlow> }): ReactNode {
  const t = useT(importMessages);
  const { check, result, error, changed } = flow;
  let message = '';
  if (result?.replayed)
    message = t('replayed', { inserted: result.inserted, skipped: result.skipped });
  else if (result && result.inserted === 0) message = t('nothingNew', { read: result.read });
  else if (result)
    message = t('done', { inserted: result.inserted, skipped: result.skipped, read: result.read });
  else if (check && check.problemCount === 0) message = t('clean', { read: check.read });
  const problem =
    error === 'readFailed'
      ? t('readFailed')
      : error
        ? t('failed', { message: error })
        : changed
          ? t('changed')
          : '';
  return (
    <>
      <div role="alert">{problem ? <p className="c-alert c-alert--error">{problem}</p> : null}</div>
      <div role="status">{message ? <p className="c-alert c-alert--ok">{message}</p> : null}</div>
    </>
  );
}
