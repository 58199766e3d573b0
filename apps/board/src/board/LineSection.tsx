import { LineChart, type LineChartProps, type TableMode, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { messages } from '../messages';
import type { CsvTable } from './csv';
import { type FigureInfo, Section } from './Section';

/** One chart of a {@link LineSection}: its own title, series and optional format or band. */
export type SectionChart = Pick<LineChartProps, 'title' | 'summary' | 'series' | 'format' | 'band'>;

/** Props of {@link LineSection}. */
export interface LineSectionProps {
  id: string;
  title: string;
  /** The figure the section shows: its one-sentence summary and its table as CSV. */
  figure: { summary: string; csv: CsvTable };
  info: FigureInfo;
  /** Period labels on the x axis, shared by every chart of the section. */
  x: readonly string[];
  charts: readonly SectionChart[];
  tableMode: TableMode;
}

/** A KPI section whose figures are line charts over periods (the board's common case). */
export function LineSection({
  id,
  title,
  figure,
  info,
  x,
  charts,
  tableMode,
}: LineSectionProps): ReactNode {
  const t = useT(messages);
  return (
    <Section id={id} title={title} summary={figure.summary} info={info} csv={figure.csv}>
      {charts.map((chart) => (
        <LineChart
          key={chart.title}
          title={chart.title}
          summary={chart.summary}
          x={x}
          series={chart.series}
          format={chart.format}
          band={chart.band}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      ))}
    </Section>
  );
}
