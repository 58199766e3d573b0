import {
  DataTable,
  formatNumber,
  type Lang,
  LineChart,
  pick,
  type TableMode,
  useLanguage,
  useT,
} from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Board } from '../api/client';
import { messages, type T } from '../messages';
import { countText } from './cells';
import {
  type CellSeries,
  caseloadFigure,
  chartValues,
  followUpFigure,
  mixFigure,
  movementFigure,
  notificationFigure,
  placedFigure,
  savingsFigure,
  spendFigure,
  stepsFigure,
} from './figures';
import { type Granularity, labelsOf, spanText } from './periods';
import { type FigureInfo, Section } from './Section';

const lines = (series: readonly CellSeries[]) =>
  series.map((s) => ({ name: s.name, values: chartValues(s) }));
const pct = (lang: Lang) => (v: number) => `${formatNumber(v * 100, lang, 1)} %`;

function info(board: Board, id: string, labels: readonly string[], lang: Lang): FigureInfo {
  const d = board.definitions[id];
  return {
    definition: d ? pick(d.definition, lang) : '',
    period: spanText(labels),
    source: d ? pick(d.source, lang) : '',
  };
}

/** Placed children per team and group for the latest year: the district/team comparison. */
function TeamTable({ board, t, lang }: { board: Board; t: T; lang: Lang }): ReactNode {
  const latest = labelsOf(board, 'year').at(-1);
  const row = board.placed.find((p) => p.label === latest);
  if (!row || row.byTeam.length === 0) return null;
  const groups = ['family', 'independent', 'institution'] as const;
  return (
    <DataTable
      caption={t('byTeam', { label: latest ?? '' })}
      rows={row.byTeam}
      rowKey={(r) => r.team}
      columns={[
        { key: 'team', header: t('team'), cell: (r) => r.team, rowHeader: true },
        ...groups.map((g) => ({
          key: g,
          header: t(g),
          cell: (r: (typeof row.byTeam)[number]) => countText(r.byGroup[g], lang),
          align: 'end' as const,
        })),
        { key: 'total', header: t('total'), cell: (r) => countText(r.total, lang), align: 'end' },
      ]}
    />
  );
}

/** Every KPI section of the board, in the order that tells the reform's story. */
export function Sections({
  board,
  granularity,
  tableMode,
}: {
  board: Board;
  granularity: Granularity;
  tableMode: TableMode;
}): ReactNode {
  const t = useT(messages);
  const { lang } = useLanguage();
  const g = granularity;
  const x = labelsOf(board, g);
  const years = labelsOf(board, 'year');
  const placed = placedFigure(board, g, t, lang);
  const mix = mixFigure(board, g, t, lang);
  const movement = movementFigure(board, g, t, lang);
  const steps = stepsFigure(board, g, t, lang);
  const caseload = caseloadFigure(board, g, t, lang);
  const followUps = followUpFigure(board, g, t, lang);
  const notes = notificationFigure(board, g, t, lang);
  const spend = spendFigure(board, t, lang);
  const savings = savingsFigure(board, t, lang);
  const team = labelsOf(board, 'year').at(-1);
  const teamRow = board.placed.find((p) => p.label === team);
  const teamCsv = {
    headers: [t('team'), t('family'), t('independent'), t('institution'), t('total')],
    rows: (teamRow?.byTeam ?? []).map((r) => [
      r.team,
      countText(r.byGroup.family, lang),
      countText(r.byGroup.independent, lang),
      countText(r.byGroup.institution, lang),
      countText(r.total, lang),
    ]),
  };
  return (
    <>
      <Section
        id="placed"
        title={t('placedTitle')}
        summary={placed.summary}
        info={info(board, 'placedChildren', x, lang)}
        csv={placed.csv}
      >
        <LineChart
          title={t('placedTitle')}
          summary={placed.summary}
          x={x}
          series={lines(placed.series)}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      </Section>
      <Section
        id="teams"
        title={t('byTeam', { label: team ?? '' })}
        summary={placed.summary}
        info={info(board, 'placedChildren', team ? [team] : [], lang)}
        csv={teamCsv}
        lead
      >
        <TeamTable board={board} t={t} lang={lang} />
      </Section>
      <Section
        id="mix"
        title={t('mixTitle')}
        summary={mix.summary}
        info={info(board, 'placementMix', x, lang)}
        csv={mix.csv}
      >
        <LineChart
          title={`${t('mixTitle')}: ${t('share')}`}
          summary={mix.summary}
          x={x}
          series={lines(mix.series)}
          format={pct(lang)}
          tableMode={tableMode}
          xLabel={t('period')}
        />
        <LineChart
          title={`${t('mixTitle')}: ${t('childYears')}`}
          summary={mix.summary}
          x={x}
          series={lines(mix.childYears)}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      </Section>
      <Section
        id="movement"
        title={t('movementTitle')}
        summary={movement.summary}
        info={info(board, 'staircaseMovement', x, lang)}
        csv={movement.csv}
      >
        <LineChart
          title={t('movementTitle')}
          summary={movement.summary}
          x={x}
          series={lines(movement.series)}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      </Section>
      <Section
        id="steps"
        title={t('stepsTitle')}
        summary={steps.summary}
        info={info(board, 'stepDistribution', x, lang)}
        csv={steps.csv}
      >
        <LineChart
          title={t('stepsTitle')}
          summary={steps.summary}
          x={x}
          series={lines(steps.series)}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      </Section>
      <Section
        id="caseload"
        title={t('caseloadTitle')}
        summary={caseload.summary}
        info={info(board, 'averageCaseload', x, lang)}
        csv={caseload.csv}
      >
        <LineChart
          title={t('caseloadTitle')}
          summary={caseload.summary}
          x={x}
          series={[
            ...lines(caseload.series),
            { name: `${t('norm')} (${caseload.target})`, values: x.map(() => caseload.target) },
          ]}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      </Section>
      <Section
        id="follow-ups"
        title={t('followUpsTitle')}
        summary={followUps.summary}
        info={info(board, 'followUpsOnTime', x, lang)}
        csv={followUps.csv}
      >
        <LineChart
          title={t('followUpsTitle')}
          summary={followUps.summary}
          x={x}
          series={lines(followUps.series)}
          format={pct(lang)}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      </Section>
      <Section
        id="notifications"
        title={t('notificationsTitle')}
        summary={notes.summary}
        info={info(board, 'notifications', x, lang)}
        csv={notes.csv}
      >
        <LineChart
          title={t('notificationsTitle')}
          summary={notes.summary}
          x={x}
          series={lines(notes.series)}
          tableMode={tableMode}
          xLabel={t('period')}
        />
        <LineChart
          title={`${t('underEight')} (${t('share')})`}
          summary={notes.summary}
          x={x}
          series={lines([notes.share])}
          format={pct(lang)}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      </Section>
      <Section
        id="spend"
        title={t('spendTitle')}
        summary={spend.summary}
        info={info(board, 'spendAgainstBudget', years, lang)}
        csv={spend.csv}
      >
        <LineChart
          title={`${t('spendTitle')} (mio. kr.)`}
          summary={spend.summary}
          x={spend.x}
          series={lines(spend.series)}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      </Section>
      <Section
        id="savings"
        title={t('savingsTitle')}
        summary={savings.summary}
        info={{
          definition: t('savingsDefinition', {
            draws: board.savings.draws,
            baseline: board.savings.baselineYear ?? '–',
          }),
          period: spanText(savings.x),
          source: t('savingsSource'),
        }}
        csv={savings.csv}
      >
        <LineChart
          title={`${t('savingsTitle')} (mio. kr.)`}
          summary={savings.summary}
          x={savings.x}
          series={lines(savings.series)}
          band={savings.band ? { name: t('band'), ...savings.band } : undefined}
          tableMode={tableMode}
          xLabel={t('period')}
        />
      </Section>
    </>
  );
}
