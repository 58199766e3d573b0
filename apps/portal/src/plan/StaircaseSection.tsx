import { StaircasePicture, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useMemo } from 'react';
import type { ParentView } from '../api/types';
import { formatDay } from '../format/dates';
import { planMessages } from '../messages/plan';
import { toStaircase } from './to-staircase';

/** Props of {@link StaircaseSection}. */
export interface StaircaseSectionProps {
  view: ParentView;
}

/**
 * Where the child is: the large staircase picture with the current step highlighted,
 * the step in words and, in plain language, what support to expect on it.
 */
export function StaircaseSection({ view }: StaircaseSectionProps): ReactNode {
  const t = useT(planMessages);
  const { lang } = useLanguage();
  const name = view.child.firstName;
  const staircase = useMemo(() => toStaircase(view.steps), [view.steps]);
  const step = view.currentStep ? view.steps.find((s) => s.id === view.currentStep?.id) : undefined;
  return (
    <section className="portal-card portal-staircase" aria-labelledby="staircase-title">
      <h2 id="staircase-title">{t('staircaseTitle', { name })}</h2>
      <p className="portal-explain">{t('staircaseExplain')}</p>
      <StaircasePicture
        staircase={staircase}
        currentStep={view.currentStep?.id ?? null}
        size="large"
        currentLabel={t('here', { name })}
      />
      {step && view.currentStep ? (
        <div className="portal-expect">
          <p className="portal-step-label">
            {t('stepLabel', { rank: step.rank, count: view.steps.length, step: step.name[lang] })}
          </p>
          <p>{t('since', { name, date: formatDay(view.currentStep.since, lang) })}</p>
          <h3>{t('expectTitle')}</h3>
          <p className="portal-expect__text">
            {step.whatToExpect?.[lang] ?? step.description[lang]}
          </p>
        </div>
      ) : (
        <p>{t('noStep', { name })}</p>
      )}
    </section>
  );
}
