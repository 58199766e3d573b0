import { z } from 'zod';
import { PublicationSchema } from './cases';
import { DateOutputSchema } from './common';
import { StepOutputSchema } from './staircase';

/**
 * Exactly what a parent sees: steps, the child's position and step history, the
 * published plan, the next meeting and the caseworker's contact details — never
 * drafts, notes, notifications, costs or other children.
 */
export const ParentViewSchema = z.object({
  child: z.object({ id: z.string(), firstName: z.string() }),
  steps: z.array(StepOutputSchema),
  currentStep: z.object({ id: z.string(), rank: z.number(), since: DateOutputSchema }).nullable(),
  stepHistory: z.array(
    z.object({
      step: z.string(),
      rank: z.number(),
      from: DateOutputSchema,
      to: DateOutputSchema.nullable(),
    }),
  ),
  plan: PublicationSchema.extend({ readByMe: DateOutputSchema.nullable() }).nullable(),
  /** The next planned meeting with the family (not the follow-up deadline). */
  nextMeeting: z
    .object({
      id: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      place: z.string(),
      videoLink: z.string().nullable(),
    })
    .nullable(),
  caseworker: z.object({ name: z.string(), email: z.string(), phone: z.string() }).nullable(),
  ownComments: z.array(z.object({ id: z.string(), body: z.string(), createdAt: DateOutputSchema })),
});
