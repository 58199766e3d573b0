import { useLanguage, useT } from '@trappen/ui';
import { lazy, type ReactNode, Suspense } from 'react';
import { PageTitle } from '../components/PageTitle';
import { formatMeetingTime } from '../format/dates';
import { planMessages } from '../messages/plan';
import { CaseworkerCard } from '../plan/CaseworkerCard';
import { Glossary } from '../plan/Glossary';
import { OtherChildLink } from '../plan/OtherChildLink';
import { ParentViewLoader } from '../plan/ParentViewLoader';
import { PlanSection } from '../plan/PlanSection';
import { StaircaseSection } from '../plan/StaircaseSection';

// The meeting card and the step history load after the plan itself, so the plan's own
// route stays within its JavaScript budget.
const MeetingCard = lazy(() =>
  import('../plan/MeetingCard').then((module) => ({ default: module.MeetingCard })),
);
const StepHistory = lazy(() =>
  import('../plan/StepHistory').then((module) => ({ default: module.StepHistory })),
);

/** Props of {@link PlanPage}. */
export interface PlanPageProps {
  childId: string;
}

/** The plan page: where the child is, what to expect, the next meeting, the plan and the caseworker. */
export function PlanPage({ childId }: PlanPageProps): ReactNode {
  const t = useT(planMessages);
  const { lang } = useLanguage();
  return (
    <ParentViewLoader childId={childId}>
      {(view) => {
        const name = view.child.firstName;
        return (
          <article className="portal-page">
            <OtherChildLink />
            <PageTitle>{t('title', { name })}</PageTitle>
            <p className="portal-lead">
              {t('intro', { name })}
              {view.nextMeeting ? (
                <>
                  {' '}
                  <strong>
                    {t('introMeeting', {
                      date: formatMeetingTime(
                        view.nextMeeting.startsAt,
                        view.nextMeeting.endsAt,
                        lang,
                      ),
                    })}
                  </strong>
                </>
              ) : null}
            </p>
            <div className="portal-grid">
              <StaircaseSection view={view} />
              <div className="portal-column">
                <Suspense fallback={null}>
                  <MeetingCard childId={view.child.id} nextMeeting={view.nextMeeting} />
                </Suspense>
                <CaseworkerCard caseworker={view.caseworker} />
              </div>
              <PlanSection childId={view.child.id} plan={view.plan} />
              <Suspense fallback={null}>
                <StepHistory childName={name} steps={view.steps} periods={view.stepHistory} />
              </Suspense>
              <Glossary />
            </div>
          </article>
        );
      }}
    </ParentViewLoader>
  );
}
