import type { actionPlans, followUps, interventions, planPublications } from '@trappen/db';

/** An intervention as stored. */
export type InterventionRow = typeof interventions.$inferSelect;
/** A follow-up as stored. */
export type FollowUpRow = typeof followUps.$inferSelect;
/** An action plan draft as stored. */
export type ActionPlanRow = typeof actionPlans.$inferSelect;
/** A plan publication as stored. */
export type PlanPublicationRow = typeof planPublications.$inferSelect;
