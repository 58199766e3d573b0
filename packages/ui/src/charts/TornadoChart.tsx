import { type ReactNode, useId } from 'react';
import { formatNumber } from '../format';
import { translator } from '../i18n/dictionary';
import { useLanguage } from '../i18n/LanguageProvider';
import { uiMessages } from '../i18n/ui-messages';
import { safeId } from '../svg-text';
import { type ChartCommonProps, ChartFigure } from './ChartFigure';
import { extent, linearScale, niceTicks } from './scale';
import { LegendSwatch, SeriesPattern, seriesStyle } from './series-style';
import { useElementWidth } from './useElementWidth';

/** One driver (assumption) and the result when it is set to its low and high value. */
export interface TornadoDriver {
  /** The assumption, e.g. "Fald i anbringelser". */
  name: string;
  /** The result with the assumption at its low value. */
  low: number;
  /** The result with the assumption at its high value. */
  high: number;
}

/** Props of {@link TornadoChart}. */
export interface TornadoChartProps extends ChartCommonProps {
  /** The result with every assumption at its base value. */
  baseline: number;
  /** The drivers; drawn sorted by swing, largest on top. */
  drivers: readonly TornadoDriver[];
  /** Formats results (e.g. `formatDKK`). */
  format?: (value: number) => string;
  /** Legend text for the low side (default "Lav"). */
  lowLabel?: string;
  /** Legend text for the high side (default "Høj"). */
  highLabel?: string;
}

const ROW = { label: 20, bar: 22, gap: 14, top: 22, side: 8 } as const;

/**
 * Tornado chart: which assumption moves the result most. Each driver is a bar
 * from the low-assumption result to the high-assumption result around the base
 * case; low and high sides differ by pattern and colour. Sorted by swing.
 */
export function TornadoChart({
  title,
  summary,
  baseline,
  drivers,
  format,
  lowLabel,
  highLabel,
  tableMode = 'toggle',
  lang: langProp,
  className,
}: TornadoChartProps): ReactNode {
  const context = useLanguage();
  const lang = langProp ?? context.lang;
  const t = translator(uiMessages, lang);
  const fmt = format ?? ((v: number) => formatNumber(v, lang));
  const low = lowLabel ?? t('chart.low');
  const high = highLabel ?? t('chart.high');
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const baseId = safeId(useId());
  const sorted = [...drivers].sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
  const [min, max] = extent(
    sorted.flatMap((d) => [d.low, d.high]),
    baseline,
  );
  const ticks = niceTicks(min, max, 4);
  const x = linearScale(
    [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1],
    [ROW.side + 4, Math.max(ROW.side + 44, width - ROW.side - 4)],
  );
  const rowHeight = ROW.label + ROW.bar + ROW.gap;
  const height = ROW.top + sorted.length * rowHeight + 18;
  const base = x(baseline);
  const lowStyle = seriesStyle(1);
  const highStyle = seriesStyle(0);

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
        <SeriesPattern id={`${baseId}-low`} style={lowStyle} />
        <SeriesPattern id={`${baseId}-high`} style={highStyle} />
      </defs>
      {ticks.map((tick, i) => (
        <g key={tick} className="tr-chart__grid">
          <line x1={x(tick)} x2={x(tick)} y1={ROW.top - 4} y2={height - 18} />
          <text
            x={x(tick)}
            y={12}
            textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
            className="tr-chart__tick"
          >
            {fmt(tick)}
          </text>
        </g>
      ))}
      {sorted.map((driver, i) => {
        const y = ROW.top + i * rowHeight;
        const barY = y + ROW.label;
        const side = (value: number, id: string, color: string) => (
          <rect
            x={Math.min(base, x(value))}
            y={barY}
            width={Math.max(1, Math.abs(x(value) - base))}
            height={ROW.bar}
            fill={`url(#${id})`}
            stroke={color}
            strokeWidth="1.5"
          />
        );
        return (
          <g key={driver.name}>
            <text x={ROW.side} y={y + 14} className="tr-chart__label">
              {driver.name}
            </text>
            {side(driver.low, `${baseId}-low`, lowStyle.color)}
            {side(driver.high, `${baseId}-high`, highStyle.color)}
          </g>
        );
      })}
      <g className="tr-chart__reference">
        <line x1={base} x2={base} y1={ROW.top - 4} y2={height - 18} />
        <text x={base} y={height - 4} textAnchor="middle" className="tr-chart__tick">
          {`${t('chart.baseline')}: ${fmt(baseline)}`}
        </text>
      </g>
    </svg>
  );

  const legend = (
    <ul className="tr-chart__legend">
      <li>
        <LegendSwatch style={lowStyle} kind="bar" patternId={`${baseId}-low`} />
        {low}
      </li>
      <li>
        <LegendSwatch style={highStyle} kind="bar" patternId={`${baseId}-high`} />
        {high}
      </li>
    </ul>
  );

  const table = (
    <table className="tr-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.driver')}</th>
          <th scope="col" className="tr-num">
            {low}
          </th>
          <th scope="col" className="tr-num">
            {high}
          </th>
          <th scope="col" className="tr-num">
            {t('chart.swing')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((d) => (
          <tr key={d.name}>
            <th scope="row">{d.name}</th>
            <td className="tr-num">{fmt(d.low)}</td>
            <td className="tr-num">{fmt(d.high)}</td>
            <td className="tr-num">{fmt(Math.abs(d.high - d.low))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('chart.baseline')}</th>
          <td className="tr-num" colSpan={3}>
            {fmt(baseline)}
          </td>
        </tr>
      </tfoot>
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
      hasSuppressed={false}
      containerRef={ref}
    />
  );
}
