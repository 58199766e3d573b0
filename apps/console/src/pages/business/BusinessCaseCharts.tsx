import { BarChart, LineChart, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Evaluation } from '../../api/types';
import { thousands } from './BusinessCaseTable';
import { bcMessages } from './messages';

/** Net per year (bars) and cumulative net (line), in 1,000 DKK. */
export function BusinessCaseCharts({ evaluation }: { evaluation: Evaluation }): ReactNode {
  const t = useT(bcMessages);
  const { lang } = useLanguage();
  const years = evaluation.years.map(String);
  const net = evaluation.byYear.map((y) => y.net / 1000);
  const cumulative = evaluation.byYear.map((y) => y.cumulativeNet / 1000);
  const first = evaluation.byYear[0];
  const last = evaluation.byYear[evaluation.byYear.length - 1];
  const fmt = (v: number) => thousands(v * 1000, lang);
  return (
    <div className="c-grid-2">
      <BarChart
        title={t('chart.net')}
        summary={t('chart.netSummary', {
          first: first ? thousands(first.net, lang) : '–',
          firstYear: first?.year ?? '',
          last: last ? thousands(last.net, lang) : '–',
          lastYear: last?.year ?? '',
        })}
        categories={years}
        series={[{ name: t('net'), values: net }]}
        format={fmt}
        categoryLabel={t('line.year')}
      />
      <LineChart
        title={t('chart.cumulative')}
        summary={t('chart.cumulativeSummary', {
          value: last ? thousands(last.cumulativeNet, lang) : '–',
          year: last?.year ?? '',
        })}
        x={years}
        series={[{ name: t('cumulative'), values: cumulative }]}
        format={fmt}
        xLabel={t('line.year')}
      />
    </div>
  );
}
