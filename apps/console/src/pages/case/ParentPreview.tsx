import { formatDate, StaircasePicture, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import type { CaseDetail, StaircaseOutput } from '../../api/types';
import { toStaircase } from '../../lib/staircase';
import { caseMessages } from './messages';
import type { PlanDraft } from './plan-draft';

/** Props of {@link ParentPreview}. */
export interface ParentPreviewProps {
  detail: CaseDetail;
  staircase: StaircaseOutput;
  plan: PlanDraft;
}

/**
 * What the parent portal shows for this child once the plan is published: the
 * child's first name only, the step in plain language, the plan's purpose, goals and
 * time frame, the next meeting and the caseworker's contact details — no notes,
 * costs, drafts or interventions.
 */
export function ParentPreview({ detail, staircase, plan }: ParentPreviewProps): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const name = detail.child.name.split(' ')[0] ?? detail.child.name;
  const step = staircase.steps.find((s) => s.id === detail.currentStep?.id);
  const goals = plan.goals.map((g) => g.trim()).filter(Boolean);
  return (
    <section className="c-preview" aria-labelledby="preview-title">
      <p className="c-preview__label" id="preview-title">
        {t('preview.label')}
      </p>
      <h3>{t('preview.staircaseTitle', { name })}</h3>
      <StaircasePicture
        staircase={toStaircase(staircase)}
        currentStep={detail.currentStep?.id ?? null}
        size="large"
        currentLabel={t('preview.here', { name })}
      />
      {step ? (
        <>
          <p>
            <strong>
              {t('preview.stepLabel', {
                rank: step.rank,
                count: staircase.steps.length,
                step: step.name[lang],
              })}
            </strong>
          </p>
          <h4>{t('preview.expect')}</h4>
          <p>{step.whatToExpect?.[lang] ?? step.description[lang]}</p>
        </>
      ) : null}
      <h3>{t('preview.planTitle')}</h3>
      <h4>{t('plan.purpose')}</h4>
      <p className="c-quote">{plan.purpose}</p>
      <h4>{t('plan.goals')}</h4>
      <ul>
        {goals.map((goal) => (
          <li key={goal}>{goal}</li>
        ))}
      </ul>
      <h4>{t('preview.timeFrame')}</h4>
      <p>
        {t('preview.timeFrameText', {
          from: formatDate(plan.timeFrameFrom, lang),
          to: formatDate(plan.timeFrameTo, lang),
        })}
      </p>
      <h3>{t('preview.meeting')}</h3>
      <p>
        {detail.nextFollowUp
          ? t('preview.meetingText', { date: formatDate(detail.nextFollowUp, lang) })
          : t('preview.noMeeting')}
      </p>
      {detail.caseworker ? (
        <>
          <h3>{t('preview.caseworker')}</h3>
          <p>
            {detail.caseworker.name}
            <br />
            {detail.caseworker.phone}
            <br />
            {detail.caseworker.email}
          </p>
        </>
      ) : null}
    </section>
  );
}
