import { type Staircase, type TimelinePeriod, toDayNumber } from '@trappen/staircase';
import type { ReactNode } from 'react';
import { linearScale } from './charts/scale';
import { useElementWidth } from './charts/useElementWidth';
import { cx } from './cx';
import { formatDate } from './format';
import { type Lang, type Translate, translator } from './i18n/dictionary';
import { useLanguage } from './i18n/LanguageProvider';
import { type UiMessageKey, uiMessages } from './i18n/ui-messages';

/** Props of {@link StepTimeline}. */
export interface StepTimelineProps {
  /** The staircase the periods refer to (for step names and the number of rows). */
  staircase: Staircase;
  /** The child's periods, oldest first (as returned by `timeline()`). */
  periods: readonly TimelinePeriod[];
  /** "Today" as `YYYY-MM-DD`: where an ongoing period ends (the package never reads the clock). */
  today: string;
  /** Language; defaults to the LanguageProvider's. */
  lang?: Lang;
  /** Extra class on the outer element. */
  className?: string;
}

const T = { row: 26, left: 58, right: 12, top: 8, axis: 26 } as const;

/**
 * A child's steps over time: an SVG chart (rank 1 at the bottom, one row per step,
 * a bar per period joined where the child moved) and, as its accessible
 * alternative, a list of the periods with dates and the direction of each move.
 */
export function StepTimeline({
  staircase,
  periods,
  today,
  lang: langProp,
  className,
}: StepTimelineProps): ReactNode {
  const context = useLanguage();
  const lang = langProp ?? context.lang;
  const t = translator(uiMessages, lang);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const nameOf = (stepId: string) =>
    staircase.steps.find((s) => s.id === stepId)?.name[lang] ?? stepId;

  if (periods.length === 0) {
    return (
      <div className={cx('tr-timeline', className)}>
        <p className="tr-timeline__empty">{t('timeline.empty')}</p>
      </div>
    );
  }

  const n = staircase.steps.length;
  const first = periods[0] as TimelinePeriod;
  const last = periods[periods.length - 1] as TimelinePeriod;
  const startDay = toDayNumber(first.from);
  const endDay = toDayNumber(last.to ?? today) + 1;
  const height = T.top + n * T.row + T.axis;
  const x = linearScale([startDay, Math.max(endDay, startDay + 1)], [T.left, width - T.right]);
  const rowY = (rank: number) => T.top + (n - rank) * T.row;
  const years = yearTicks(startDay, endDay);
  const everyYear = Math.max(1, Math.ceil((years.length * 48) / Math.max(1, width - T.left)));

  return (
    <div className={cx('tr-timeline', className)}>
      <div ref={ref} className="tr-timeline__canvas">
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={t('timeline.label', {
            from: formatDate(first.from, lang),
            to: last.to ? formatDate(last.to, lang) : t('timeline.now'),
          })}
          className="tr-timeline__svg"
        >
          {staircase.steps.map((step) => (
            <g key={step.id} className="tr-chart__grid">
              <line
                x1={T.left}
                x2={width - T.right}
                y1={rowY(step.rank) + T.row}
                y2={rowY(step.rank) + T.row}
              />
              <text
                x={4}
                y={rowY(step.rank) + T.row / 2}
                dominantBaseline="central"
                className="tr-chart__tick"
              >
                {t('staircase.step', { rank: step.rank })}
              </text>
            </g>
          ))}
          {years.map((year, i) =>
            i % everyYear === 0 ? (
              <g key={year.label} className="tr-chart__grid">
                <line x1={x(year.day)} x2={x(year.day)} y1={T.top} y2={T.top + n * T.row} />
                <text x={x(year.day)} y={height - 8} textAnchor="middle" className="tr-chart__tick">
                  {year.label}
                </text>
              </g>
            ) : null,
          )}
          {periods.map((period, i) => {
            const from = x(toDayNumber(period.from));
            const to = x(toDayNumber(period.to ?? today) + 1);
            const next = periods[i + 1];
            const joined = next && toDayNumber(next.from) === toDayNumber(period.to ?? today) + 1;
            return (
              <g key={`${period.from}-${period.step}`} className="tr-timeline__period">
                <rect
                  x={from}
                  y={rowY(period.rank) + 5}
                  width={Math.max(2, to - from)}
                  height={T.row - 10}
                  rx="3"
                  className={
                    period.to === null
                      ? 'tr-timeline__bar tr-timeline__bar--ongoing'
                      : 'tr-timeline__bar'
                  }
                />
                {next && joined ? (
                  <line
                    x1={to}
                    x2={to}
                    y1={rowY(period.rank) + T.row / 2}
                    y2={rowY(next.rank) + T.row / 2}
                    className="tr-timeline__move"
                  />
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <ol className="tr-timeline__list" aria-label={t('timeline.listLabel')}>
        {periods.map((period, i) => (
          <li key={`${period.from}-${period.step}`}>
            <span className="tr-timeline__step">
              {`${t('staircase.step', { rank: period.rank })}: ${nameOf(period.step)}`}
            </span>{' '}
            <span className="tr-timeline__dates">
              {`${formatDate(period.from, lang)} – ${period.to ? formatDate(period.to, lang) : t('timeline.now')}`}
            </span>{' '}
            <span className="tr-timeline__direction">{`(${direction(periods, i, t)})`}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function direction(
  periods: readonly TimelinePeriod[],
  i: number,
  t: Translate<UiMessageKey>,
): string {
  const period = periods[i] as TimelinePeriod;
  const previous = periods[i - 1];
  if (!previous) return t('timeline.start');
  if (previous.to && toDayNumber(period.from) > toDayNumber(previous.to) + 1)
    return t('timeline.afterGap');
  const delta = period.rank - previous.rank;
  if (delta === -1) return t('timeline.down');
  if (delta < -1) return t('timeline.downMany', { count: -delta });
  if (delta === 1) return t('timeline.up');
  return t('timeline.upMany', { count: delta });
}

function yearTicks(startDay: number, endDay: number): { day: number; label: string }[] {
  const first = new Date(startDay * 86_400_000).getUTCFullYear() + 1;
  const last = new Date(endDay * 86_400_000).getUTCFullYear();
  const ticks: { day: number; label: string }[] = [];
  for (let year = first; year <= last; year += 1) {
    ticks.push({ day: Date.UTC(year, 0, 1) / 86_400_000, label: String(year) });
  }
  return ticks;
}
