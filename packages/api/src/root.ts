import { adminConfigRouter } from './routers/admin-config';
import { auditRouter } from './routers/audit';
import { authRouter } from './routers/auth';
import { businessCasesRouter } from './routers/business-cases';
import { caseloadRouter } from './routers/caseload';
import { casesRouter } from './routers/cases';
import { followUpsRouter } from './routers/follow-ups';
import { importsRouter } from './routers/imports';
import { interventionsRouter } from './routers/interventions';
import { kpiRouter } from './routers/kpi';
import { plansRouter } from './routers/plans';
import { staircaseRouter } from './routers/staircase';
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
  kpi: kpiRouter,
  audit: auditRouter,
  adminConfig: adminConfigRouter,
  imports: importsRouter,
});

/** The API's type, for typed clients in the apps. */
export type AppRouter = typeof appRouter;
