import { formatDate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { CaseDetail } from '../../api/types';
import { caseMessages } from './messages';

/** The parents' own comments and the case's caseworkers over time. */
export function PeopleSection({ detail }: { detail: CaseDetail }): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const comments = [...detail.parentComments].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const history = [...detail.caseworkerHistory].sort((a, b) =>
    b.fromDate.localeCompare(a.fromDate),
  );
  return (
    <div className="c-grid-2">
      <section className="c-section" aria-labelledby="comments-title" id="comments">
        <h2 id="comments-title">{t('comments.title')}</h2>
        {comments.length === 0 ? (
          <p className="c-muted">{t('comments.empty')}</p>
        ) : (
          <ul className="c-list c-comments">
            {comments.map((c) => (
              <li key={c.id}>
                <blockquote>{c.body}</blockquote>
                <span className="c-muted">{`${c.authorName}, ${formatDate(c.createdAt, lang, 'medium')}`}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="c-section" aria-labelledby="history-title" id="history">
        <h2 id="history-title">{t('history.title')}</h2>
        <p>{t('history.changes', { count: Math.max(0, history.length - 1) })}</p>
        <ol className="c-list">
          {history.map((h) => (
            <li key={`${h.caseworkerId}-${h.fromDate}`}>
              <strong>{h.caseworkerName}</strong>
              {` ${formatDate(h.fromDate, lang, 'medium')} – ${h.toDate ? formatDate(h.toDate, lang, 'medium') : t('history.now')}`}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
