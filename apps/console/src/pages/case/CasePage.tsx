import { useQuery } from '@tanstack/react-query';
import { formatDate, StaircasePicture, StepTimeline, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { useTRPC } from '../../api/trpc';
import { AUDIT_READERS, can, INTAKE, LEADERS } from '../../auth/roles';
import { useMe } from '../../auth/useMe';
import { todayIso } from '../../lib/dates';
import { QueryState } from '../../lib/QueryState';
import { useStaircase } from '../../lib/staircase';
import { usePageTitle } from '../../lib/usePageTitle';
import { Link } from '../../router/Link';
import type { PageProps } from '../../router/routes';
import { AccessSection } from '../closing/AccessSection';
import { ClosingSection } from '../closing/ClosingSection';
import { ConsentsSection } from '../closing/ConsentsSection';
import { CaseIntakeSection } from '../intake/CaseIntakeSection';
import { AuditSection } from './AuditSection';
import { FollowUpsSection } from './FollowUpsSection';
import { GuardiansSection } from './GuardiansSection';
import { InterventionsSection } from './InterventionsSection';
import { MeetingsSection } from './MeetingsSection';
import { caseMessages } from './messages';
import { PeopleSection } from './PeopleSection';
import { PlanSection } from './PlanSection';

/** The case page: where the child stands and has been, interventions, follow-ups, plan, log. */
export default function CasePage({ params }: PageProps): ReactNode {
  const t = useT(caseMessages);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const { me } = useMe();
  const caseId = params.caseId ?? '';
  const query = useQuery(trpc.cases.get.queryOptions({ caseId }));
  const staircase = useStaircase();
  usePageTitle(query.data?.child.name ?? t('loading'));
  const reload = () => query.refetch();
  return (
    <>
      <p className="c-no-print">
        <Link to="/cases">{`← ${t('back')}`}</Link>
      </p>
      <QueryState query={query} loadingLabel={t('loading')}>
        {(detail) => {
          const steps = staircase.data;
          const step = steps?.raw.steps.find((s) => s.id === detail.currentStep?.id);
          const overdue = detail.nextDeadline !== null && detail.nextDeadline < todayIso();
          return (
            <>
              <div className="c-page-head">
                <div>
                  <h1>{detail.child.name}</h1>
                  <dl className="c-facts">
                    <div>
                      <dt>{t('reference')}</dt>
                      <dd>{detail.child.reference}</dd>
                    </div>
                    <div>
                      <dt>{t('born')}</dt>
                      <dd>{formatDate(detail.child.birthDate, lang, 'medium')}</dd>
                    </div>
                    <div>
                      <dt>{t('caseworker')}</dt>
                      <dd>{detail.caseworker?.name ?? t('none')}</dd>
                    </div>
                    <div>
                      <dt>{t('team')}</dt>
                      <dd>{detail.team?.name ?? t('none')}</dd>
                    </div>
                    <div>
                      <dt>{t('nextFollowUp')}</dt>
                      <dd>
                        {detail.nextFollowUp
                          ? formatDate(detail.nextFollowUp, lang, 'medium')
                          : t('none')}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('nextDeadline')}</dt>
                      <dd>
                        {detail.nextDeadline
                          ? formatDate(detail.nextDeadline, lang, 'medium')
                          : t('none')}
                        {overdue ? (
                          <span className="c-flag c-flag--danger">{t('overdue')}</span>
                        ) : null}
                      </dd>
                    </div>
                  </dl>
                </div>
                {steps ? (
                  <div className="c-current-step" data-testid="current-step">
                    <StaircasePicture
                      staircase={steps.staircase}
                      currentStep={detail.currentStep?.id ?? null}
                      size="small"
                    />
                    <span>
                      <strong>
                        {step ? `${t('step')} ${step.rank}: ${step.name[lang]}` : t('none')}
                      </strong>
                      {detail.stepSince ? (
                        <span className="c-muted">{` ${t('since', { date: formatDate(detail.stepSince, lang, 'medium') })}`}</span>
                      ) : null}
                    </span>
                  </div>
                ) : null}
              </div>
              {detail.status === 'closed' ? <p className="c-alert">{t('closed')}</p> : null}
              <nav className="c-toc c-no-print" aria-label={t('sections')}>
                <a href="#interventions">{t('interventions.title')}</a>
                <a href="#follow-ups">{t('followUps.title')}</a>
                <a href="#meetings">{t('meetings.title')}</a>
                <a href="#plan">{t('plan.title')}</a>
                <a href="#comments">{t('comments.title')}</a>
                <a href="#history">{t('history.title')}</a>
                <a href="#closing">{t('closing.title')}</a>
                <a href="#consents">{t('consents.title')}</a>
                <a href="#access">{t('access.title')}</a>
                <a href="#audit">{t('audit.title')}</a>
              </nav>
              {steps ? (
                <>
                  <section className="c-section" aria-labelledby="timeline-title">
                    <h2 id="timeline-title">{t('timeline.title')}</h2>
                    <StepTimeline
                      staircase={steps.staircase}
                      periods={detail.timeline}
                      today={todayIso()}
                    />
                  </section>
                  <InterventionsSection detail={detail} staircase={steps.raw} reload={reload} />
                  <FollowUpsSection detail={detail} staircase={steps.raw} />
                  <MeetingsSection detail={detail} />
                  <PlanSection detail={detail} staircase={steps.raw} reload={reload} />
                </>
              ) : null}
              {me && can(me.role, INTAKE) && detail.status === 'open' ? (
                <CaseIntakeSection caseId={detail.caseId} onChanged={reload} />
              ) : null}
              <PeopleSection detail={detail} />
              <ClosingSection
                detail={detail}
                reload={reload}
                canHold={me ? can(me.role, LEADERS) : false}
              />
              <ConsentsSection childId={detail.child.id} />
              <AccessSection caseId={detail.caseId} childId={detail.child.id} />
              <GuardiansSection childId={detail.child.id} />
              <AuditSection
                childId={detail.child.id}
                canRead={me ? can(me.role, AUDIT_READERS) : false}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
