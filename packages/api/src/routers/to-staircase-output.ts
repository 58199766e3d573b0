import type { Staircase } from '@trappen/staircase';
import type { z } from 'zod';
import { retiredCodes } from '../queries/load-staircase';
import type { StaircaseOutputSchema, StepOutputSchema } from '../schemas/staircase';

/** A step for the browser. */
export const toStepOutput = (
  step: Staircase['steps'][number],
): z.infer<typeof StepOutputSchema> => ({
  id: step.id,
  rank: step.rank,
  name: step.name,
  description: step.description,
  whatToExpect: step.whatToExpect ?? null,
  isPlacement: step.isPlacement,
  maxStayMonths: step.maxStayMonths,
});

/** A staircase for the browser; `withCatalogue: false` leaves out interventions and rates. */
export const toStaircaseOutput = (
  staircase: Staircase,
  withCatalogue: boolean,
): z.infer<typeof StaircaseOutputSchema> => ({
  id: staircase.id,
  name: staircase.name,
  steps: staircase.steps.map(toStepOutput),
  interventions: withCatalogue
    ? staircase.interventions.map((entry) => ({
        retired: retiredCodes(staircase).has(entry.code),
        code: entry.code,
        name: entry.name,
        step: entry.step,
        legalBasis: entry.legalBasis,
        placementType: entry.placementType ?? null,
        aftercare: entry.aftercare,
        followUpEveryDays: entry.followUpEveryDays,
        defaultDailyRate: entry.defaultDailyRate ?? null,
      }))
    : [],
});
