import { type ReactNode, useId } from 'react';
import { formatNumber } from '../format';
import { translator } from '../i18n/dictionary';
import { useLanguage } from '../i18n/LanguageProvider';
import { uiMessages } from '../i18n/ui-messages';
import { type CellValue, drawable, formatCell, isSuppressed, markText } from '../suppression';
import { safeId } from '../svg-text';
import { type ChartCommonProps, ChartFigure } from './ChartFigure';
import { extent, linearScale, niceTicks } from './scale';
import { LegendSwatch, SeriesPattern, seriesStyle } from './series-style';
import { useElementWidth } from './useElementWidth';

/** One series of bars: a value per category (`'suppressed'` shows as "<5"). */
export interface BarSeries {
  /** Series name, shown in the legend and as a table column header. */
  name: string;
  /** One value per category, in category order; `null` = no data. */
  values: readonly (CellValue | null)[];
}

/** Props of {@link BarChart}. */
export interface BarChartProps extends ChartCommonProps {
  /** Category labels, e.g. caseworkers or placement types; one group of bars each. */
  categories: readonly string[];
  /** One or more series; several series make grouped bars. */
  series: readonly BarSeries[];
  /** Formats a value for labels and the table (default: a number in the UI language). */
  format?: (value: number) => string;
  /** A reference line, e.g. the caseload norm. */
  reference?: { value: number; label: string };
  /** Header of the table's first column (default "Kategori"). */
  categoryLabel?: string;
}

const BAR = {
  height: 20,
  gap: 4,
  groupGap: 14,
  labelHeight: 20,
  top: 22,
  left: 4,
  right: 72,
} as const;

/**
 * Horizontal bar chart (labels above the bars, so long Danish names fit at 360 px),
 * with grouped series told apart by pattern as well as colour, an optional reference
 * line, values written at the bar ends, and the same data as a table.
 */
export function BarChart({
  title,
  summary,
  categories,
  series,
  format,
  reference,
  categoryLabel,
  tableMode = 'toggle',
  lang: langProp,
  className,
}: BarChartProps): ReactNode {
  const context = useLanguage();
  const lang = langProp ?? context.lang;
  const t = translator(uiMessages, lang);
  const fmt = format ?? ((v: number) => formatNumber(v, lang));
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const baseId = safeId(useId());
  const numbers = series.flatMap((s) => s.values.map(drawable)).filter((v) => v !== null);
  const [min, max] = extent(numbers, 0, ...(reference ? [reference.value] : []));
  const ticks = niceTicks(min, max, 4);
  const x = linearScale(
    [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1],
    [BAR.left, Math.max(BAR.left + 40, width - BAR.right)],
  );
  const groupHeight = BAR.labelHeight + series.length * (BAR.height + BAR.gap) + BAR.groupGap;
  const height = BAR.top + categories.length * groupHeight;
  const zero = x(0);
  const hasSuppressed = series.some((s) => s.values.some(isSuppressed));

  const picture = ({ titleId, summaryId }: { titleId: string; summaryId: string }) => (
    <svg
      width={width}
      height={height}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className="tr-chart__svg"
    >
      <title>{title}</title>
      <defs>
        {series.map((s, i) => (
          <SeriesPattern key={s.name} id={`${baseId}-p${i}`} style={seriesStyle(i)} />
        ))}
      </defs>
      {ticks.map((tick) => (
        <g key={tick} className="tr-chart__grid">
          <line x1={x(tick)} x2={x(tick)} y1={BAR.top - 4} y2={height - BAR.groupGap} />
          <text x={x(tick)} y={12} textAnchor="middle" className="tr-chart__tick">
            {fmt(tick)}
          </text>
        </g>
      ))}
      {categories.map((category, ci) => {
        const gy = BAR.top + ci * groupHeight;
        return (
          <g key={category}>
            <text x={BAR.left} y={gy + 14} className="tr-chart__label">
              {category}
            </text>
            {series.map((s, si) => {
              const raw = s.values[ci] ?? null;
              const value = drawable(raw);
              const y = gy + BAR.labelHeight + si * (BAR.height + BAR.gap);
              const end = value === null ? zero : x(value);
              const style = seriesStyle(si);
              return (
                <g key={s.name}>
                  {value !== null ? (
                    <rect
                      x={Math.min(zero, end)}
                      y={y}
                      width={Math.max(1, Math.abs(end - zero))}
                      height={BAR.height}
                      fill={`url(#${baseId}-p${si})`}
                      stroke={style.color}
                      strokeWidth="1.5"
                    />
                  ) : null}
                  <text
                    x={Math.max(zero, end) + 6}
                    y={y + BAR.height / 2}
                    dominantBaseline="central"
                    className="tr-chart__value"
                  >
                    {isSuppressed(raw) ? markText(raw, lang) : formatCell(raw, fmt, lang)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line
        x1={zero}
        x2={zero}
        y1={BAR.top - 4}
        y2={height - BAR.groupGap}
        className="tr-chart__axis"
      />
      {reference ? (
        <g className="tr-chart__reference">
          <line
            x1={x(reference.value)}
            x2={x(reference.value)}
            y1={BAR.top - 4}
            y2={height - BAR.groupGap}
          />
          <text x={x(reference.value) + 4} y={height - 2} className="tr-chart__tick">
            {`${reference.label}: ${fmt(reference.value)}`}
          </text>
        </g>
      ) : null}
    </svg>
  );

  const legend =
    series.length > 1 ? (
      <ul className="tr-chart__legend">
        {series.map((s, i) => (
          <li key={s.name}>
            <LegendSwatch style={seriesStyle(i)} kind="bar" patternId={`${baseId}-p${i}`} />
            {s.name}
          </li>
        ))}
      </ul>
    ) : null;

  const table = (
    <table className="tr-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{categoryLabel ?? t('chart.category')}</th>
          {series.map((s) => (
            <th scope="col" key={s.name} className="tr-num">
              {s.name}
            </th>
          ))}
          {reference ? (
            <th scope="col" className="tr-num">
              {reference.label}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {categories.map((category, ci) => (
          <tr key={category}>
            <th scope="row">{category}</th>
            {series.map((s) => (
              <td key={s.name} className="tr-num">
                {formatCell(s.values[ci] ?? null, fmt, lang)}
              </td>
            ))}
            {reference ? <td className="tr-num">{fmt(reference.value)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      title={title}
      summary={summary}
      tableMode={tableMode}
      lang={lang}
      className={className}
      picture={picture}
      legend={legend}
      table={table}
      hasSuppressed={hasSuppressed}
      containerRef={ref}
    />
  );
}
