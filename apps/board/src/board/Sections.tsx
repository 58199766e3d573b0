import {
  DataTable,
  formatNumber,
  type Lang,
  pick,
  type TableMode,
  useLanguage,
  useT,
} from '@trappen/ui';
import type { ReactNode } from 'react';
import type { Board } from '../api/client';
import { messages, type T } from '../messages';
import { countText } from './cells';
import type { CsvTable } from './csv';
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
import { LineSection } from './LineSection';
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
  const section = (id: string, title: string, figure: { summary: string; csv: CsvTable }) => ({
    id,
    title,
    figure,
    tableMode,
  });
  return (
    <>
      <LineSection
        {...section('placed', t('placedTitle'), placed)}
        info={info(board, 'placedChildren', x, lang)}
        x={x}
        charts={[
          { title: t('placedTitle'), summary: placed.summary, series: lines(placed.series) },
        ]}
      />
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
      <LineSection
        {...section('mix', t('mixTitle'), mix)}
        info={info(board, 'placementMix', x, lang)}
        x={x}
        charts={[
          {
            title: `${t('mixTitle')}: ${t('share')}`,
            summary: mix.summary,
            series: lines(mix.series),
            format: pct(lang),
          },
          {
            title: `${t('mixTitle')}: ${t('childYears')}`,
            summary: mix.summary,
            series: lines(mix.childYears),
          },
        ]}
      />
      <LineSection
        {...section('movement', t('movementTitle'), movement)}
        info={info(board, 'staircaseMovement', x, lang)}
        x={x}
        charts={[
          { title: t('movementTitle'), summary: movement.summary, series: lines(movement.series) },
        ]}
      />
      <LineSection
        {...section('steps', t('stepsTitle'), steps)}
        info={info(board, 'stepDistribution', x, lang)}
        x={x}
        charts={[{ title: t('stepsTitle'), summary: steps.summary, series: lines(steps.series) }]}
      />
      <LineSection
        {...section('caseload', t('caseloadTitle'), caseload)}
        info={info(board, 'averageCaseload', x, lang)}
        x={x}
        charts={[
          {
            title: t('caseloadTitle'),
            summary: caseload.summary,
            series: [
              ...lines(caseload.series),
              {
                name: `${t('norm')} (${caseload.target})`,
                values: x.map(() => caseload.target),
              },
            ],
          },
        ]}
      />
      <LineSection
        {...section('follow-ups', t('followUpsTitle'), followUps)}
        info={info(board, 'followUpsOnTime', x, lang)}
        x={x}
        charts={[
          {
            title: t('followUpsTitle'),
            summary: followUps.summary,
            series: lines(followUps.series),
            format: pct(lang),
          },
        ]}
      />
      <LineSection
        {...section('notifications', t('notificationsTitle'), notes)}
        info={info(board, 'notifications', x, lang)}
        x={x}
        charts={[
          { title: t('notificationsTitle'), summary: notes.summary, series: lines(notes.series) },
          {
            title: `${t('underEight')} (${t('share')})`,
            summary: notes.summary,
            series: lines([notes.share]),
            format: pct(lang),
          },
        ]}
      />
      <LineSection
        {...section('spend', t('spendTitle'), spend)}
        info={info(board, 'spendAgainstBudget', years, lang)}
        x={spend.x}
        charts={[
          {
            title: `${t('spendTitle')} (mio. kr.)`,
            summary: spend.summary,
            series: lines(spend.series),
          },
        ]}
      />
      <LineSection
        {...section('savings', t('savingsTitle'), savings)}
        info={{
          definition: t('savingsDefinition', {
            draws: board.savings.draws,
            baseline: board.savings.baselineYear ?? '–',
          }),
          period: spanText(savings.x),
          source: t('savingsSource'),
        }}
        x={savings.x}
        charts={[
          {
            title: `${t('savingsTitle')} (mio. kr.)`,
            summary: savings.summary,
            series: lines(savings.series),
            band: savings.band ? { name: t('band'), ...savings.band } : undefined,
          },
        ]}
      />
    </>
  );
}
