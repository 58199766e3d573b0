import { useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { ParentView } from '../api/types';
import { formatDay } from '../format/dates';
import { planMessages } from '../messages/plan';
import { ConfirmRead } from './ConfirmRead';

/** Props of {@link PlanSection}. */
export interface PlanSectionProps {
  childId: string;
  plan: ParentView['plan'];
}

/** The published action plan in the caseworker's words: purpose, goals, time frame. */
export function PlanSection({ childId, plan }: PlanSectionProps): ReactNode {
  const t = useT(planMessages);
  const { lang } = useLanguage();
  return (
    <section className="portal-card portal-plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('planTitle')}</h2>
      {plan ? (
        <>
          <p className="portal-explain">{t('planExplain')}</p>
          <h3>{t('purpose')}</h3>
          {/* The caseworker writes in Danish; screen readers must read it as Danish in the English UI too. */}
          <p className="portal-quote" lang="da">
            {plan.purpose}
          </p>
          <h3>{t('goals')}</h3>
          <ul className="portal-goals" lang="da">
            {plan.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
          <h3>{t('timeFrame')}</h3>
          <p>
            {t('timeFrameText', {
              from: formatDay(plan.timeFrameFrom, lang),
              to: formatDay(plan.timeFrameTo, lang),
            })}
          </p>
          <p className="portal-muted">
            {t('publishedAt', { date: formatDay(plan.publishedAt, lang) })}
          </p>
          <ConfirmRead childId={childId} readByMe={plan.readByMe} />
        </>
      ) : (
        <p>{t('noPlan')}</p>
      )}
    </section>
  );
}
