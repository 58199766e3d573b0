import type { z } from 'zod';
import type {
  ActionPlanRow,
  FollowUpRow,
  InterventionRow,
  PlanPublicationRow,
} from '../queries/rows';
import type {
  FollowUpSchema,
  InterventionSchema,
  PlanSchema,
  PublicationSchema,
} from '../schemas/cases';

/** An intervention row for the browser. */
export const toIntervention = (row: InterventionRow): z.infer<typeof InterventionSchema> => ({
  id: row.id,
  caseId: row.caseId,
  code: row.code,
  startDate: row.startDate,
  plannedEnd: row.plannedEnd,
  endDate: row.endDate,
  provider: row.provider,
  dailyRate: row.dailyRate === null ? null : Number(row.dailyRate),
  version: row.version,
});

/** A follow-up row for the browser. */
export const toFollowUp = (row: FollowUpRow): z.infer<typeof FollowUpSchema> => ({
  id: row.id,
  interventionId: row.interventionId,
  date: row.date,
  outcome: row.outcome,
  childHeard: row.childHeard,
  nextDate: row.nextDate,
  note: row.note,
});

/** A plan draft for the browser. */
export const toPlan = (row: ActionPlanRow): z.infer<typeof PlanSchema> => ({
  id: row.id,
  caseId: row.caseId,
  purpose: row.purpose,
  goals: row.goals,
  timeFrameFrom: row.timeFrameFrom,
  timeFrameTo: row.timeFrameTo,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

/** A publication for the browser. */
export const toPublication = (row: PlanPublicationRow): z.infer<typeof PublicationSchema> => ({
  id: row.id,
  planVersion: row.planVersion,
  purpose: row.purpose,
  goals: row.goals,
  timeFrameFrom: row.timeFrameFrom,
  timeFrameTo: row.timeFrameTo,
  publishedAt: row.publishedAt.toISOString(),
});
