import { useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { messages } from '../messages';
import type { CsvTable } from './csv';
import { downloadCsv } from './download-csv';

/** What a figure means, for the `<details>` every section carries. */
export interface FigureInfo {
  definition: string;
  period: string;
  source: string;
}

/** Props of {@link Section}. */
export interface SectionProps {
  id: string;
  title: string;
  /** One sentence saying what the figures show. */
  summary: string;
  info: FigureInfo;
  /** The section's table, offered as CSV. */
  csv: CsvTable;
  /** Show the summary as a lead paragraph (sections whose charts do not already say it). */
  lead?: boolean;
  children: ReactNode;
}

/** One KPI: heading, one-sentence summary, chart(s) with tables, CSV export and the definition on demand. */
export function Section({
  id,
  title,
  summary,
  info,
  csv,
  lead,
  children,
}: SectionProps): ReactNode {
  const t = useT(messages);
  return (
    <section className="board-section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead ? <p className="board-summary">{summary}</p> : null}
      {children}
      <div className="board-actions">
        <button type="button" className="tr-button" onClick={() => downloadCsv(`${id}.csv`, csv)}>
          {t('csv')}
          <span className="tr-visually-hidden">{`: ${title}`}</span>
        </button>
      </div>
      <details className="board-about">
        <summary>{t('aboutFigure')}</summary>
        <dl>
          <dt>{t('definition')}</dt>
          <dd>{info.definition}</dd>
          <dt>{t('periodText')}</dt>
          <dd>{info.period}</dd>
          <dt>{t('source')}</dt>
          <dd>{info.source}</dd>
        </dl>
      </details>
    </section>
  );
}
