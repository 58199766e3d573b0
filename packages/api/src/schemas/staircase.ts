import { z } from 'zod';
import { LocalizedOutputSchema } from './common';

/** A step as the apps see it. */
export const StepOutputSchema = z.object({
  id: z.string(),
  rank: z.number(),
  name: LocalizedOutputSchema,
  description: LocalizedOutputSchema,
  whatToExpect: LocalizedOutputSchema.nullable(),
  isPlacement: z.boolean(),
  maxStayMonths: z.number(),
});

/** A catalogue entry as the console sees it. */
export const CatalogueOutputSchema = z.object({
  code: z.string(),
  name: LocalizedOutputSchema,
  step: z.string(),
  legalBasis: z.string(),
  placementType: z.string().nullable(),
  aftercare: z.boolean(),
  followUpEveryDays: z.number(),
  defaultDailyRate: z.number().nullable(),
  /** Retired by the administrator: kept for existing interventions, not offered for new ones. */
  retired: z.boolean(),
});

/** The municipality's staircase. */
export const StaircaseOutputSchema = z.object({
  id: z.string(),
  name: LocalizedOutputSchema,
  steps: z.array(StepOutputSchema),
  interventions: z.array(CatalogueOutputSchema),
});
