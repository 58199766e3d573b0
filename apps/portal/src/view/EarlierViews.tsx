import { useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { ParentView } from '../api/types';
import { formatDay } from '../format/dates';
import { yourViewMessages } from '../messages/your-view';

/** Props of {@link EarlierViews}. */
export interface EarlierViewsProps {
  comments: ParentView['ownComments'];
}

/** What the parent has written before, newest first. */
export function EarlierViews({ comments }: EarlierViewsProps): ReactNode {
  const t = useT(yourViewMessages);
  const { lang } = useLanguage();
  return (
    <section className="portal-card" aria-labelledby="earlier-title">
      <h2 id="earlier-title">{t('earlierTitle')}</h2>
      {comments.length === 0 ? (
        <p>{t('noEarlier')}</p>
      ) : (
        <ul className="portal-comments">
          {comments.map((comment) => (
            <li key={comment.id}>
              <p className="portal-muted">
                {t('writtenOn', { date: formatDay(comment.createdAt, lang) })}
              </p>
              <p className="portal-comments__body">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
