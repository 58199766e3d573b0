import { type Translate, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { StepOutput } from '../api/types';
import { formatDay } from '../format/dates';
import { possessive } from '../format/possessive';
import { planMessages } from '../messages/plan';
import { type HistoryPeriod, type Move, moveInto } from './movement';

/** Props of {@link StepHistory}. */
export interface StepHistoryProps {
  childName: string;
  steps: readonly StepOutput[];
  /** The child's periods on steps, oldest first. */
  periods: readonly HistoryPeriod[];
}

type PlanKey = keyof typeof planMessages.da;

function moveText(move: Move, t: Translate<PlanKey>): string | null {
  switch (move.kind) {
    case 'start':
      return t('moveStart');
    case 'afterBreak':
      return t('moveAfterBreak');
    case 'down':
      return move.count === 1 ? t('moveDown') : t('moveDownMany', { count: move.count });
    case 'up':
      return move.count === 1 ? t('moveUp') : t('moveUpMany', { count: move.count });
    default:
      return null;
  }
}

/** The child's way on the staircase as a short list, newest first, with each move in words. */
export function StepHistory({ childName, steps, periods }: StepHistoryProps): ReactNode {
  const t = useT(planMessages);
  const { lang } = useLanguage();
  const items = periods.map((period, i) => ({ period, move: moveInto(periods, i) })).reverse();
  return (
    <section className="portal-card portal-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('historyTitle', { name: possessive(childName, lang) })}</h2>
      {items.length === 0 ? (
        <p>{t('noHistory')}</p>
      ) : (
        <>
          <p className="portal-explain">{t('historyExplain')}</p>
          <ol className="portal-history__list" reversed>
            {items.map(({ period, move }) => {
              const step = steps.find((s) => s.id === period.step);
              const when = period.to
                ? t('historyPeriod', {
                    from: formatDay(period.from, lang),
                    to: formatDay(period.to, lang),
                  })
                : t('historyNow', { from: formatDay(period.from, lang) });
              const text = moveText(move, t);
              return (
                <li
                  key={`${period.from}-${period.step}`}
                  className={`portal-history__item portal-history__item--${move.kind}${period.to ? '' : ' portal-history__item--now'}`}
                >
                  <span className="portal-history__when">{when}</span>
                  <span className="portal-history__step">
                    {t('stepLabel', {
                      rank: period.rank,
                      count: steps.length,
                      step: step?.name[lang] ?? period.step,
                    })}
                  </span>
                  {text ? <span className="portal-history__move">{text}</span> : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
