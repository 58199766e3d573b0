import { z } from 'zod';
import { DateOutputSchema } from './common';

/** One row of the case list. */
export const CaseListItemSchema = z.object({
  caseId: z.string(),
  childId: z.string(),
  reference: z.string(),
  childName: z.string(),
  birthDate: DateOutputSchema,
  status: z.enum(['open', 'closed']),
  caseworker: z.object({ id: z.string(), name: z.string() }).nullable(),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  currentStep: z.object({ id: z.string(), rank: z.number() }).nullable(),
  stepSince: DateOutputSchema.nullable(),
  daysOnStep: z.number().nullable(),
  nextDeadline: DateOutputSchema.nullable(),
  overdue: z.boolean(),
  version: z.number(),
});

/** A page of the case list. */
export const CaseListSchema = z.object({
  items: z.array(CaseListItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

/** An intervention as the console sees it. */
export const InterventionSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  code: z.string(),
  startDate: DateOutputSchema,
  plannedEnd: DateOutputSchema.nullable(),
  endDate: DateOutputSchema.nullable(),
  provider: z.string(),
  dailyRate: z.number().nullable(),
  version: z.number(),
});

/** A follow-up as the console sees it. */
export const FollowUpSchema = z.object({
  id: z.string(),
  interventionId: z.string().nullable(),
  date: DateOutputSchema,
  outcome: z.enum(['continue', 'stepDown', 'stepUp', 'end']),
  childHeard: z.boolean(),
  nextDate: DateOutputSchema.nullable(),
  note: z.string(),
});

/** The action plan draft. */
export const PlanSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  purpose: z.string(),
  goals: z.array(z.string()),
  timeFrameFrom: DateOutputSchema,
  timeFrameTo: DateOutputSchema,
  version: z.number(),
  updatedAt: DateOutputSchema,
});

/** A published copy of the plan. */
export const PublicationSchema = z.object({
  id: z.string(),
  planVersion: z.number(),
  purpose: z.string(),
  goals: z.array(z.string()),
  timeFrameFrom: DateOutputSchema,
  timeFrameTo: DateOutputSchema,
  publishedAt: DateOutputSchema,
});

/** The console's case page. */
export const CaseDetailSchema = z.object({
  caseId: z.string(),
  version: z.number(),
  status: z.enum(['open', 'closed']),
  openedOn: DateOutputSchema,
  closedOn: DateOutputSchema.nullable(),
  /** Why the case closed (goalReached, movedMunicipality, agedOut, other). */
  closeReason: z.string().nullable(),
  /** A legal hold stops the retention job from removing the case. */
  legalHold: z.boolean(),
  child: z.object({
    id: z.string(),
    reference: z.string(),
    name: z.string(),
    birthDate: DateOutputSchema,
  }),
  caseworker: z
    .object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string() })
    .nullable(),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  currentStep: z.object({ id: z.string(), rank: z.number() }).nullable(),
  stepSince: DateOutputSchema.nullable(),
  nextFollowUp: DateOutputSchema.nullable(),
  nextDeadline: DateOutputSchema.nullable(),
  timeline: z.array(
    z.object({
      from: DateOutputSchema,
      to: DateOutputSchema.nullable(),
      step: z.string(),
      rank: z.number(),
    }),
  ),
  interventions: z.array(InterventionSchema),
  followUps: z.array(FollowUpSchema),
  caseworkerHistory: z.array(
    z.object({
      caseworkerId: z.string(),
      caseworkerName: z.string(),
      fromDate: DateOutputSchema,
      toDate: DateOutputSchema.nullable(),
    }),
  ),
  plan: PlanSchema.nullable(),
  publications: z.array(PublicationSchema),
  parentComments: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      createdAt: DateOutputSchema,
      authorName: z.string(),
    }),
  ),
  readConfirmations: z.array(
    z.object({ publicationId: z.string(), readAt: DateOutputSchema, userName: z.string() }),
  ),
});
