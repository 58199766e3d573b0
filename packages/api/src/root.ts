import { adminConfigRouter } from './routers/admin-config';
import { auditRouter } from './routers/audit';
import { authRouter } from './routers/auth';
import { businessCasesRouter } from './routers/business-cases';
import { caseloadRouter } from './routers/caseload';
import { casesRouter } from './routers/cases';
import { followUpsRouter } from './routers/follow-ups';
import { guardiansRouter } from './routers/guardians';
import { importsRouter } from './routers/imports';
import { interventionsRouter } from './routers/interventions';
import { kpiRouter } from './routers/kpi';
import { notificationsRouter } from './routers/notifications';
import { plansRouter } from './routers/plans';
import { spendRouter } from './routers/spend';
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
  notifications: notificationsRouter,
  spend: spendRouter,
  kpi: kpiRouter,
  audit: auditRouter,
  adminConfig: adminConfigRouter,
  imports: importsRouter,
  staff: staffRouter,
  teams: teamsRouter,
  guardians: guardiansRouter,
});

/** The API's type, for typed clients in the apps. */
export type AppRouter = typeof appRouter;

/** Procedures open to anonymous callers; every other one refuses them (deny by default). */
export const PUBLIC_PROCEDURES: readonly string[] = ['auth.login'];
