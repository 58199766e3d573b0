import { formatDate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { compareMessages } from './compare-messages';
import { useBusinessCaseVersions } from './useBusinessCaseVersions';

/** In a conflict notice: who saved the versions after `since`, when, and what they changed. */
export function NewerVersions({
  businessCaseId,
  since,
}: {
  businessCaseId: string;
  since: number;
}): ReactNode {
  const t = useT(compareMessages);
  const { lang } = useLanguage();
  const versions = useBusinessCaseVersions(businessCaseId, since);
  const newer = (versions.data ?? []).filter((v) => v.version > since);
  if (newer.length === 0) return null;
  return (
    <ul>
      {newer.map((v) => (
        <li key={v.version}>
          {t('newer.by', {
            version: v.version,
            by: v.changedBy ?? t('unknownUser'),
            at: formatDate(v.changedAt.slice(0, 10), lang, 'medium'),
          })}{' '}
          {v.changes.length > 0 ? t('newer.changes', { changes: v.changes.join(', ') }) : null}
        </li>
      ))}
    </ul>
  );
}
