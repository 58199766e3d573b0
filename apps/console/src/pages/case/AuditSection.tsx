import { useQuery } from '@tanstack/react-query';
import { DataTable, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { useTRPC } from '../../api/trpc';
import type { Outputs } from '../../api/types';
import { QueryState } from '../../lib/QueryState';
import { caseMessages } from './messages';

type Entry = Outputs['audit']['forChild']['items'][number];

/** Who read or changed the child's data (administrators only; reading it is audited too). */
export function AuditSection({
  childId,
  canRead,
}: {
  childId: string;
  canRead: boolean;
}): ReactNode {
  const t = useT(caseMessages);
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.audit.forChild.queryOptions({ childId, pageSize: 25 }),
    enabled: canRead,
  });
  return (
    <section className="c-section" aria-labelledby="audit-title" id="audit">
      <h2 id="audit-title">{t('audit.title')}</h2>
      {!canRead ? (
        <p className="c-muted">{t('audit.adminOnly')}</p>
      ) : (
        <QueryState query={query}>
          {(data) => (
            <DataTable<Entry>
              caption={t('audit.caption')}
              captionHidden
              rows={data.items}
              rowKey={(r) => `${r.at}-${r.action}-${r.entity}-${r.entityId ?? ''}`}
              columns={[
                {
                  key: 'at',
                  header: t('audit.when'),
                  rowHeader: true,
                  cell: (r) =>
                    new Intl.DateTimeFormat('da-DK', {
                      dateStyle: 'short',
                      timeStyle: 'short',
                      timeZone: 'Europe/Copenhagen',
                    }).format(new Date(r.at)),
                },
                {
                  key: 'who',
                  header: t('audit.who'),
                  cell: (r) => `${r.userName ?? '–'} (${r.role ?? '–'})`,
                },
                { key: 'action', header: t('audit.action'), cell: (r) => r.action },
                { key: 'what', header: t('audit.what'), cell: (r) => r.entity },
                { key: 'outcome', header: t('audit.outcome'), cell: (r) => r.outcome },
              ]}
            />
          )}
        </QueryState>
      )}
    </section>
  );
}
