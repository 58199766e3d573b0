import type { ReactNode } from 'react';

/** Drawing style of the n-th series: colour plus a pattern or dash, never colour alone. */
export interface SeriesStyle {
  /** CSS colour (a custom property from styles.css). */
  color: string;
  /** Fill pattern kind for bars. */
  pattern: 'solid' | 'hatch' | 'dots' | 'cross';
  /** SVG `stroke-dasharray` for lines (empty = solid). */
  dash: string;
  /** Marker shape for line points. */
  marker: 'circle' | 'square' | 'triangle' | 'diamond';
}

const STYLES: readonly SeriesStyle[] = [
  { color: 'var(--tr-series-1)', pattern: 'solid', dash: '', marker: 'circle' },
  { color: 'var(--tr-series-2)', pattern: 'hatch', dash: '7 4', marker: 'square' },
  { color: 'var(--tr-series-3)', pattern: 'dots', dash: '2 3', marker: 'triangle' },
  { color: 'var(--tr-series-4)', pattern: 'cross', dash: '10 3 2 3', marker: 'diamond' },
  { color: 'var(--tr-series-5)', pattern: 'hatch', dash: '1 3', marker: 'circle' },
  { color: 'var(--tr-series-6)', pattern: 'dots', dash: '12 4', marker: 'square' },
];

/** Style for series `index`: six distinct colours (the staircase's six steps), then cycling. */
export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length] as SeriesStyle;
}

/** The SVG `<pattern>` for a series' bars; reference it as `url(#<id>)`. */
export function SeriesPattern({ id, style }: { id: string; style: SeriesStyle }): ReactNode {
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={style.pattern === 'solid' ? style.color : '#ffffff'} />
      {style.pattern === 'hatch' ? (
        <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={style.color} strokeWidth="2.5" />
      ) : null}
      {style.pattern === 'dots' ? <circle cx="4" cy="4" r="2.2" fill={style.color} /> : null}
      {style.pattern === 'cross' ? (
        <path d="M0,4 h8 M4,0 v8" stroke={style.color} strokeWidth="2" />
      ) : null}
    </pattern>
  );
}

/** A point marker centred on (x, y). */
export function SeriesMarker({
  style,
  x,
  y,
}: {
  style: SeriesStyle;
  x: number;
  y: number;
}): ReactNode {
  const common = { fill: style.color, stroke: '#ffffff', strokeWidth: 1 };
  switch (style.marker) {
    case 'circle':
      return <circle {...common} cx={x} cy={y} r="4" />;
    case 'square':
      return <rect {...common} x={x - 4} y={y - 4} width="8" height="8" />;
    case 'triangle':
      return <path {...common} d={`M${x},${y - 5} L${x + 5},${y + 4} L${x - 5},${y + 4} Z`} />;
    case 'diamond':
      return (
        <path {...common} d={`M${x},${y - 5} L${x + 5},${y} L${x},${y + 5} L${x - 5},${y} Z`} />
      );
  }
}

/** A legend entry's swatch: the series' pattern for bars, its dash and marker for lines. */
export function LegendSwatch({
  style,
  kind,
  patternId,
}: {
  style: SeriesStyle;
  kind: 'bar' | 'line';
  patternId?: string;
}): ReactNode {
  return (
    <svg width="28" height="14" aria-hidden="true" focusable="false" className="tr-chart__swatch">
      {kind === 'bar' ? (
        <rect
          x="1"
          y="1"
          width="26"
          height="12"
          fill={patternId ? `url(#${patternId})` : style.color}
          stroke={style.color}
          strokeWidth="1.5"
        />
      ) : (
        <>
          <line
            x1="0"
            y1="7"
            x2="28"
            y2="7"
            stroke={style.color}
            strokeWidth="2.5"
            strokeDasharray={style.dash}
          />
          <SeriesMarker style={style} x={14} y={7} />
        </>
      )}
    </svg>
  );
}
