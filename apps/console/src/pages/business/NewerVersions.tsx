import { useQuery } from '@tanstack/react-query';
import { formatDate, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useEffect } from 'react';
import { useTRPC } from '../../api/trpc';
import { compareMessages } from './compare-messages';

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
  const trpc = useTRPC();
  const versions = useQuery(trpc.businessCases.versions.queryOptions({ id: businessCaseId }));
  const { refetch } = versions;
  useEffect(() => {
    void refetch();
  }, [refetch]);
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
