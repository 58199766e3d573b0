import type { BusinessCaseEvaluation } from '@trappen/savings';
import { z } from 'zod';
import type { BusinessCaseComparison, LineChange } from '../queries/business-case-compare';

/** Whether two types are the same (both ways assignable, no `any` slipping through). */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** A saved business case in lists. */
export const BusinessCaseSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  updatedAt: z.string(),
});

/** `@trappen/savings`' evaluation, as the API sends it (checked against its type below). */
export const EvaluationSchema = z.object({
  name: z.string(),
  years: z.array(z.number()),
  budgetAreas: z.array(z.string()),
  discountRate: z.number(),
  lines: z.array(
    z.object({
      label: z.string(),
      budgetArea: z.string(),
      kind: z.enum(['investment', 'saving']),
      byYear: z.array(z.number()),
      total: z.number(),
    }),
  ),
  byYear: z.array(
    z.object({
      year: z.number(),
      byBudgetArea: z.record(z.string(), z.number()),
      investment: z.number(),
      savings: z.number(),
      net: z.number(),
      cumulativeNet: z.number(),
    }),
  ),
  totals: z.object({
    byBudgetArea: z.record(z.string(), z.number()),
    investment: z.number(),
    savings: z.number(),
    net: z.number(),
  }),
  paybackYear: z.number().nullable(),
  npv: z.number(),
});

/** Who saved a version, when, and which paths changed. */
export const VersionInfoSchema = z.object({
  version: z.number().int(),
  changes: z.array(z.string()),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});

const FiguresSchema = z.object({
  gross: z.number(),
  savings: z.number(),
  net: z.number(),
  cumulativeNet: z.number(),
});
const LINE_CHANGES = ['added', 'removed', 'changed', 'unchanged'] as const satisfies LineChange[];

/** The difference table of `compareEvaluations` (checked against its type below). */
const DifferenceSchema = z.object({
  years: z.array(z.number()),
  byYear: z.array(
    z.object({
      year: z.number(),
      from: FiguresSchema.nullable(),
      to: FiguresSchema.nullable(),
      difference: FiguresSchema,
      changed: z.boolean(),
    }),
  ),
  lines: z.array(
    z.object({
      label: z.string(),
      budgetArea: z.string(),
      change: z.enum(LINE_CHANGES),
      from: z.array(z.number().nullable()),
      to: z.array(z.number().nullable()),
      difference: z.array(z.number()),
    }),
  ),
  totals: z.object({ from: FiguresSchema, to: FiguresSchema, difference: FiguresSchema }),
});

/** Two saved versions evaluated side by side, with their difference. */
export const ComparisonSchema = DifferenceSchema.extend({
  from: VersionInfoSchema.extend({ evaluation: EvaluationSchema }),
  to: VersionInfoSchema.extend({ evaluation: EvaluationSchema }),
});

// `tsc` fails here when the schemas and the types they send drift apart.
const evaluationMatches: Same<z.infer<typeof EvaluationSchema>, BusinessCaseEvaluation> = true;
const comparisonMatches: Same<z.infer<typeof DifferenceSchema>, BusinessCaseComparison> = true;
void evaluationMatches;
void comparisonMatches;
