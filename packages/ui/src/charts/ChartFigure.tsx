import { type ReactNode, type Ref, useId, useState } from 'react';
import { cx } from '../cx';
import type { Lang } from '../i18n/dictionary';
import { translator } from '../i18n/dictionary';
import { uiMessages } from '../i18n/ui-messages';

/** How a chart offers its data table: behind a toggle button, or always shown. */
export type TableMode = 'toggle' | 'visible';

/** Props shared by every chart. */
export interface ChartCommonProps {
  /** The chart's title; also the table caption and the picture's accessible name. */
  title: string;
  /** One sentence saying what the chart shows, e.g. "Anbringelser steg 50,5 % fra 2015 til 2018." */
  summary: string;
  /** Whether the data table is behind a toggle (default) or always visible. */
  tableMode?: TableMode;
  /** Language of the chart's own labels; defaults to the LanguageProvider's. */
  lang?: Lang;
  /** Extra class on the `<figure>`. */
  className?: string;
}

interface ChartFigureProps {
  title: string;
  summary: string;
  tableMode: TableMode;
  lang: Lang;
  className: string | undefined;
  /** The SVG, given the ids of the title and summary for `aria-labelledby`/`describedby`. */
  picture: (ids: { titleId: string; summaryId: string }) => ReactNode;
  legend?: ReactNode;
  table: ReactNode;
  hasSuppressed: boolean;
  containerRef: Ref<HTMLDivElement>;
}

/**
 * The frame every chart shares: a `<figure>` with title and one-sentence summary,
 * the SVG, a legend, and the same data as a `<table>` (behind a toggle or visible).
 * The table is always in the page, so it also prints.
 */
export function ChartFigure({
  title,
  summary,
  tableMode,
  lang,
  className,
  picture,
  legend,
  table,
  hasSuppressed,
  containerRef,
}: ChartFigureProps): ReactNode {
  const t = translator(uiMessages, lang);
  const id = useId();
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const tableId = `${id}-table`;
  const [open, setOpen] = useState(tableMode === 'visible');
  return (
    <figure className={cx('tr-chart', className)} aria-labelledby={titleId}>
      <figcaption className="tr-chart__caption">
        <span className="tr-chart__title" id={titleId}>
          {title}
        </span>
        <span className="tr-chart__summary" id={summaryId}>
          {summary}
        </span>
      </figcaption>
      <div className="tr-chart__canvas" ref={containerRef}>
        {picture({ titleId, summaryId })}
      </div>
      {legend}
      {tableMode === 'toggle' ? (
        <button
          type="button"
          className="tr-button tr-chart__toggle"
          aria-expanded={open}
          aria-controls={tableId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('chart.hideTable') : t('chart.showTable')}
        </button>
      ) : null}
      <div id={tableId} className="tr-chart__table tr-table-wrap" hidden={!open}>
        {table}
        {hasSuppressed ? <p className="tr-chart__note">{t('chart.suppressedNote')}</p> : null}
      </div>
    </figure>
  );
}
