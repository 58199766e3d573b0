import { formatDate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Board } from '../api/client';
import { Sections } from '../board/Sections';
import { Story } from '../board/Story';
import { messages } from '../messages';

/** The council report: every figure by year with its table always shown, laid out for print. */
export function ReportPage({ board }: { board: Board }): ReactNode {
  const t = useT(messages);
  const { lang } = useLanguage();
  return (
    <article className="board board-report">
      <header className="board-report__header">
        <h1>{t('reportTitle')}</h1>
        <p>
          {t('reportMeta', {
            name: board.municipality.name,
            lastDay: formatDate(board.lastDay, lang),
          })}
        </p>
        <p className="board-intro">
          {t('intro', {
            name: board.municipality.name,
            start: board.municipality.reformStart
              ? formatDate(board.municipality.reformStart, lang)
              : '–',
          })}
        </p>
        <button
          type="button"
          className="tr-button tr-button--primary board-print"
          onClick={() => window.print()}
        >
          {t('print')}
        </button>
      </header>
      <Story board={board} />
      <p className="board-note">{t('suppressedNote')}</p>
      <Sections board={board} granularity="year" tableMode="visible" />
    </article>
  );
}
