import { accessRouter } from './routers/access';
import { adminConfigRouter } from './routers/admin-config';
import { auditRouter } from './routers/audit';
import { authRouter } from './routers/auth';
import { businessCasesRouter } from './routers/business-cases';
import { caseloadRouter } from './routers/caseload';
import { casesRouter } from './routers/cases';
import { childAssessmentsRouter } from './routers/child-assessments';
import { childrenRouter } from './routers/children';
import { consentsRouter } from './routers/consents';
import { followUpsRouter } from './routers/follow-ups';
import { guardiansRouter } from './routers/guardians';
import { importsRouter } from './routers/imports';
import { interventionsRouter } from './routers/interventions';
import { kpiRouter } from './routers/kpi';
import { meetingsRouter } from './routers/meetings';
import { messagesRouter } from './routers/messages';
import { notificationIntakeRouter } from './routers/notification-intake';
import { notificationTimelinessRouter } from './routers/notification-timeliness';
import { plansRouter } from './routers/plans';
import { retentionRouter } from './routers/retention';
import { staffRouter } from './routers/staff';
import { staircaseRouter } from './routers/staircase';
import { teamsRouter } from './routers/teams';
import { createTRPCRouter } from './trpc';

/** The whole API. */
export const appRouter = createTRPCRouter({
  auth: authRouter,
  staircase: staircaseRouter,
  cases: casesRouter,
  interventions: interventionsRouter,
  followUps: followUpsRouter,
  plans: plansRouter,
  caseload: caseloadRouter,
  businessCases: businessCasesRouter,
  notifications: createTRPCRouter({
    ...notificationIntakeRouter,
    ...notificationTimelinessRouter,
  }),
  children: childrenRouter,
  assessments: childAssessmentsRouter,
  kpi: kpiRouter,
  audit: auditRouter,
  adminConfig: adminConfigRouter,
  imports: importsRouter,
  retention: retentionRouter,
  access: accessRouter,
  consents: consentsRouter,
  meetings: meetingsRouter,
  messages: messagesRouter,
  staff: staffRouter,
  teams: teamsRouter,
  guardians: guardiansRouter,
});

/** The API's type, for typed clients in the apps. */
export type AppRouter = typeof appRouter;
