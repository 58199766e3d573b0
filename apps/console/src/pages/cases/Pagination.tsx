import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { casesMessages } from './messages';

/** Previous/next page buttons with "page x of y"; the server does the paging. */
export function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}): ReactNode {
  const t = useT(casesMessages);
  if (pages <= 1) return null;
  return (
    <nav className="c-pagination" aria-label={t('pagination')}>
      <button
        type="button"
        className="tr-button"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('previous')}
      </button>
      <span aria-live="polite">{t('pageOf', { page, pages })}</span>
      <button
        type="button"
        className="tr-button"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('next')}
      </button>
    </nav>
  );
}
