import { type ReactNode, useId } from 'react';
import { formatNumber } from '../format';
import { translator } from '../i18n/dictionary';
import { useLanguage } from '../i18n/LanguageProvider';
import { uiMessages } from '../i18n/ui-messages';
import { type CellValue, drawable, formatCell, isSuppressed, markText } from '../suppression';
import { safeId } from '../svg-text';
import { type ChartCommonProps, ChartFigure } from './ChartFigure';
import { extent, linearScale, niceTicks } from './scale';
import { LegendSwatch, SeriesMarker, seriesStyle } from './series-style';
import { useElementWidth } from './useElementWidth';

/** One line: a value per x position (`'suppressed'` shows as "<5", `null` as a gap). */
export interface LineSeries {
  /** Series name, shown in the legend and as a table column header. */
  name: string;
  /** One value per x label. */
  values: readonly (CellValue | null)[];
}

/** An uncertainty band, e.g. the P10–P90 range of a Monte Carlo projection. */
export interface LineBand {
  /** Legend and table label (default "P10–P90 (80 % sandsynlighed)"). */
  name?: string;
  /** Lower bound per x label (P10). */
  low: readonly number[];
  /** Upper bound per x label (P90). */
  high: readonly number[];
}

/** Props of {@link LineChart}. */
export interface LineChartProps extends ChartCommonProps {
  /** Labels along the x axis, e.g. years or quarters. */
  x: readonly string[];
  /** The lines; each gets its own dash pattern and marker shape as well as colour. */
  series: readonly LineSeries[];
  /** An optional shaded band (P10–P90). */
  band?: LineBand;
  /** Formats values on the axis, in the table and in labels. */
  format?: (value: number) => string;
  /** Header of the table's first column (default "Periode"). */
  xLabel?: string;
  /** Height of the plot in px (default 260). */
  height?: number;
}

const M = { top: 14, right: 18, bottom: 30, left: 64 } as const;

/**
 * Line chart over periods with an optional P10–P90 band. Lines differ by dash and
 * marker as well as colour; gaps are left where data is missing, and a suppressed
 * point is marked "<5" on the axis. The same data is offered as a table.
 */
export function LineChart({
  title,
  summary,
  x: labels,
  series,
  band,
  format,
  xLabel,
  height = 260,
  tableMode = 'toggle',
  lang: langProp,
  className,
}: LineChartProps): ReactNode {
  const context = useLanguage();
  const lang = langProp ?? context.lang;
  const t = translator(uiMessages, lang);
  const fmt = format ?? ((v: number) => formatNumber(v, lang));
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const clipId = `${safeId(useId())}-clip`;
  const bandName = band?.name ?? t('chart.band');
  const numbers = [
    ...series.flatMap((s) => s.values.map(drawable)),
    ...(band ? [...band.low, ...band.high] : []),
  ].filter((v): v is number => v !== null);
  const [lo, hi] = extent(numbers, 0);
  const ticks = niceTicks(lo, hi, 4);
  const y = linearScale([ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], [height - M.bottom, M.top]);
  const plotWidth = Math.max(40, width - M.left - M.right);
  const x = (i: number) =>
    labels.length <= 1 ? M.left + plotWidth / 2 : M.left + (i / (labels.length - 1)) * plotWidth;
  // Thin out x labels so they stay at least ~56 px apart on a phone, counted back from
  // the latest period: it is always labelled, and never crowded by the one before it.
  const every = Math.max(1, Math.ceil((labels.length * 56) / plotWidth));
  const labelled = (i: number) => (labels.length - 1 - i) % every === 0;
  const hasSuppressed = series.some((s) => s.values.some(isSuppressed));

  const segments = (values: readonly (CellValue | null)[]): string[] => {
    const paths: string[] = [];
    let current = '';
    values.forEach((raw, i) => {
      const v = drawable(raw);
      if (v === null) {
        if (current) paths.push(current);
        current = '';
        return;
      }
      current += `${current ? 'L' : 'M'}${x(i)},${y(v)}`;
    });
    if (current) paths.push(current);
    return paths;
  };

  const bandPath = band
    ? `M${band.high.map((v, i) => `${x(i)},${y(v)}`).join('L')}L${band.low
        .map((v, i) => `${x(i)},${y(v)}`)
        .reverse()
        .join('L')}Z`
    : null;

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
        <clipPath id={clipId}>
          <rect x={M.left - 6} y={0} width={plotWidth + 12} height={height} />
        </clipPath>
      </defs>
      {ticks.map((tick) => (
        <g key={tick} className="tr-chart__grid">
          <line x1={M.left} x2={M.left + plotWidth} y1={y(tick)} y2={y(tick)} />
          <text
            x={M.left - 6}
            y={y(tick)}
            textAnchor="end"
            dominantBaseline="central"
            className="tr-chart__tick"
          >
            {fmt(tick)}
          </text>
        </g>
      ))}
      {labels.map((label, i) =>
        labelled(i) ? (
          <text
            key={label}
            x={x(i)}
            y={height - 8}
            textAnchor={
              i === 0 && labels.length > 1
                ? 'start'
                : i === labels.length - 1 && labels.length > 1
                  ? 'end'
                  : 'middle'
            }
            className="tr-chart__tick"
          >
            {label}
          </text>
        ) : null,
      )}
      <g clipPath={`url(#${clipId})`}>
        {bandPath ? <path d={bandPath} className="tr-chart__band" /> : null}
        {series.map((s, si) => {
          const style = seriesStyle(si);
          return (
            <g key={s.name}>
              {segments(s.values).map((d) => (
                <path
                  key={d}
                  d={d}
                  fill="none"
                  stroke={style.color}
                  strokeWidth="2.5"
                  strokeDasharray={style.dash}
                />
              ))}
              {s.values.map((raw, i) => {
                const v = drawable(raw);
                const key = `${s.name}-${labels[i] ?? i}`;
                if (v !== null) return <SeriesMarker key={key} style={style} x={x(i)} y={y(v)} />;
                if (isSuppressed(raw))
                  return (
                    <text
                      key={key}
                      x={x(i)}
                      y={y(0) - 6}
                      textAnchor="middle"
                      className="tr-chart__value"
                    >
                      {markText(raw, lang)}
                    </text>
                  );
                return null;
              })}
            </g>
          );
        })}
      </g>
      <line
        x1={M.left}
        x2={M.left + plotWidth}
        y1={y(ticks[0] ?? 0)}
        y2={y(ticks[0] ?? 0)}
        className="tr-chart__axis"
      />
    </svg>
  );

  const legend = (
    <ul className="tr-chart__legend">
      {series.map((s, i) => (
        <li key={s.name}>
          <LegendSwatch style={seriesStyle(i)} kind="line" />
          {s.name}
        </li>
      ))}
      {band ? (
        <li>
          <svg
            width="28"
            height="14"
            aria-hidden="true"
            focusable="false"
            className="tr-chart__swatch"
          >
            <rect x="1" y="1" width="26" height="12" className="tr-chart__band" />
          </svg>
          {bandName}
        </li>
      ) : null}
    </ul>
  );

  const table = (
    <table className="tr-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{xLabel ?? t('chart.period')}</th>
          {series.map((s) => (
            <th scope="col" key={s.name} className="tr-num">
              {s.name}
            </th>
          ))}
          {band ? (
            <>
              <th scope="col" className="tr-num">{`${bandName}: ${t('chart.low')}`}</th>
              <th scope="col" className="tr-num">{`${bandName}: ${t('chart.high')}`}</th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {series.map((s) => (
              <td key={s.name} className="tr-num">
                {formatCell(s.values[i] ?? null, fmt, lang)}
              </td>
            ))}
            {band ? (
              <>
                <td className="tr-num">{formatCell(band.low[i] ?? null, fmt, lang)}</td>
                <td className="tr-num">{formatCell(band.high[i] ?? null, fmt, lang)}</td>
              </>
            ) : null}
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
