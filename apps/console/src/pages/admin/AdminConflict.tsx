import { useQuery } from '@tanstack/react-query';
import { formatDate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/errors';
import { useTRPCClient } from '../../api/trpc';
import { adminMessages } from './admin-messages';
import { describeChange } from './change-paths';

/** Props of {@link AdminConflict}. */
export interface AdminConflictProps {
  /** Which configuration the stale save was for. */
  kind: 'rules' | 'staircase';
  /** The version the user's edit was based on. */
  since: number;
  /** Loads the newest version into the page (the form keeps what was typed where it can). */
  onReload: () => void;
}

/**
 * Shown when a save answers CONFLICT: who saved the newer version(s), when, and what
 * they changed, read fresh from the server (apart from the page's own data, so nothing
 * on the page changes until the user asks for it).
 */
export function AdminConflict({ kind, since, onReload }: AdminConflictProps): ReactNode {
  const t = useT(adminMessages);
  const { lang } = useLanguage();
  const client = useTRPCClient();
  const fresh = useQuery({
    queryKey: ['console', 'admin-conflict', kind, since],
    queryFn: () => client.adminConfig.get.query(),
    retry: false,
  });
  const config = fresh.data;
  const newer = config ? config[kind].history.filter((h) => h.version > since) : [];
  return (
    <div className="c-conflict" role="alert" data-testid={`conflict-${kind}`}>
      <h3>{t('conflict.title')}</h3>
      {fresh.isPending ? <p>{t('conflict.loading')}</p> : null}
      {fresh.error ? (
        <p>{t('conflict.failed', { message: errorMessage(fresh.error, lang) })}</p>
      ) : null}
      {newer.map((entry) => (
        <div key={entry.version}>
          <p>
            {t('conflict.by', {
              version: entry.version,
              by: entry.changedBy ?? '–',
              at: formatDate(entry.changedAt.slice(0, 10), lang, 'medium'),
            })}
          </p>
          {entry.changes.length > 0 ? (
            <>
              <p>{t('conflict.changes')}</p>
              <ul>
                {entry.changes.map((path) => (
                  <li key={path}>{describeChange(path, config?.staircase.definition)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('conflict.none')}</p>
          )}
        </div>
      ))}
      <p>{t('conflict.keep')}</p>
      <div className="c-actions">
        <button type="button" className="tr-button tr-button--primary" onClick={onReload}>
          {t('conflict.reload')}
        </button>
      </div>
    </div>
  );
}
