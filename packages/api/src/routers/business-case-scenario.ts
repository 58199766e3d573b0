import { z } from 'zod';
import { businessCaseScenario } from '../queries/business-case-scenario';
import { loadStaircase } from '../queries/load-staircase';
import { IdSchema } from '../schemas/common';
import { procedure } from '../trpc';

const range = (min: number, max: number) =>
  z
    .object({
      low: z.number().finite().min(min).max(max),
      likely: z.number().finite().min(min).max(max),
      high: z.number().finite().min(min).max(max),
    })
    .superRefine((r, ctx) => {
      if (r.likely < r.low)
        ctx.addIssue({
          code: 'custom',
          path: ['likely'],
          message: 'must be at least the low value',
        });
      if (r.high < r.likely)
        ctx.addIssue({
          code: 'custom',
          path: ['high'],
          message: 'must be at least the likely value',
        });
    });

/** Scenario assumptions: relative changes as fractions (−1..5), ramp-up in months, DKK a year. */
export const ScenarioInputSchema = z.object({
  businessCaseId: IdSchema,
  stepDown: range(-1, 5),
  stepUp: range(-1, 5),
  placementInflow: range(-1, 5),
  rampUpMonths: range(0, 120),
  staffCostPerYear: range(0, 1e10).optional(),
});

const BandSchema = z.object({
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
  mean: z.number(),
});
const RangeSchema = z.object({ low: z.number(), likely: z.number(), high: z.number() });
const EndSchema = z.object({ value: z.number(), npv: z.number() });

/** The scenario's bands per year, payback probabilities and tornado. */
export const ScenarioOutputSchema = z.object({
  draws: z.number().int(),
  seed: z.number().int(),
  historyChildren: z.number().int(),
  staffCostPerYear: RangeSchema,
  years: z.array(
    z.object({
      year: z.number().int(),
      net: BandSchema,
      cumulativeNet: BandSchema,
      probabilityPaidBackBy: z.number(),
    }),
  ),
  tornado: z.object({
    npvYears: z.number().int(),
    baseNpv: z.number(),
    bars: z.array(
      z.object({ parameter: z.string(), low: EndSchema, high: EndSchema, swing: z.number() }),
    ),
  }),
});

/**
 * `businessCases.scenario`: the flow-model scenario for a saved business case, estimated
 * from the municipality's own histories (Monte Carlo with a fixed seed, and a tornado).
 */
export const scenarioProcedure = procedure
  .input(ScenarioInputSchema)
  .output(ScenarioOutputSchema)
  .query(async ({ ctx, input }) => {
    const { businessCaseId, ...assumptions } = input;
    const staircase = await loadStaircase(ctx.db, ctx.user.municipalityId);
    return businessCaseScenario(
      ctx.db,
      ctx.user.municipalityId,
      staircase,
      businessCaseId,
      assumptions,
      ctx.today(),
    );
  });
