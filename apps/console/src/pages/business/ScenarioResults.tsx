import { DataTable, LineChart, TornadoChart, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Outputs } from '../../api/types';
import { thousands } from './BusinessCaseTable';
import { SCENARIO_FIELDS, type ScenarioField } from './scenario-form';
import { scenarioMessages } from './scenario-messages';

type Scenario = Outputs['businessCases']['scenario'];
type Year = Scenario['years'][number];

/** The scenario's P10–P90 bands, payback probability per year and tornado. */
export function ScenarioResults({ result }: { result: Scenario }): ReactNode {
  const t = useT(scenarioMessages);
  const { lang } = useLanguage();
  const x = result.years.map((y) => String(y.year));
  const k = (v: number) => v / 1000;
  const fmt = (v: number) => thousands(v * 1000, lang);
  const last = result.years[result.years.length - 1];
  const label = (parameter: string) =>
    SCENARIO_FIELDS.includes(parameter as ScenarioField)
      ? t(parameter as ScenarioField)
      : parameter;
  const bars = result.tornado.bars;
  return (
    <div data-testid="scenario-results">
      <p>{t('history', { count: result.historyChildren })}</p>
      <div className="c-grid-2">
        <LineChart
          title={t('chart.net')}
          summary={t('chart.netSummary', {
            last: last ? thousands(last.net.p50, lang) : '–',
            year: last?.year ?? '',
          })}
          x={x}
          series={[{ name: t('median'), values: result.years.map((y) => k(y.net.p50)) }]}
          band={{
            name: t('band'),
            low: result.years.map((y) => k(y.net.p10)),
            high: result.years.map((y) => k(y.net.p90)),
          }}
          format={fmt}
          xLabel={t('year')}
        />
        <LineChart
          title={t('chart.cumulative')}
          summary={t('chart.cumulativeSummary', {
            last: last ? thousands(last.cumulativeNet.p50, lang) : '–',
            year: last?.year ?? '',
          })}
          x={x}
          series={[{ name: t('median'), values: result.years.map((y) => k(y.cumulativeNet.p50)) }]}
          band={{
            name: t('band'),
            low: result.years.map((y) => k(y.cumulativeNet.p10)),
            high: result.years.map((y) => k(y.cumulativeNet.p90)),
          }}
          format={fmt}
          xLabel={t('year')}
        />
      </div>
      <DataTable<Year>
        caption={t('payback.caption')}
        rows={result.years}
        rowKey={(y) => String(y.year)}
        columns={[
          { key: 'year', header: t('year'), rowHeader: true, cell: (y) => y.year },
          {
            key: 'prob',
            header: t('payback.prob'),
            align: 'end',
            cell: (y) =>
              new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
                style: 'percent',
                maximumFractionDigits: 0,
              }).format(y.probabilityPaidBackBy),
          },
        ]}
      />
      <TornadoChart
        title={t('tornado.title', { years: result.tornado.npvYears })}
        summary={t('tornado.summary', { top: bars[0] ? label(bars[0].parameter) : '–' })}
        baseline={k(result.tornado.baseNpv)}
        drivers={bars.map((b) => ({
          name: label(b.parameter),
          low: k(b.low.npv),
          high: k(b.high.npv),
        }))}
        format={fmt}
      />
    </div>
  );
}
