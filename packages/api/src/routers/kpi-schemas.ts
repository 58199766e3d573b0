import { z } from 'zod';

const NotShown = [
  z.object({ kind: z.literal('suppressed') }),
  z.object({ kind: z.literal('hidden') }),
] as const;
/**
 * A published count (`@trappen/kpi`'s `DisclosedCell`): its value, suppressed (1 to
 * threshold − 1 children, shown as "<5"), or hidden to protect another ("skjult").
 */
export const CellSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), value: z.number() }),
  ...NotShown,
]);
/** A published share (`null` when there is nothing to divide by), or not shown. */
export const ShareCellSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), value: z.number().nullable() }),
  ...NotShown,
]);

const GroupCells = z.object({
  family: CellSchema,
  independent: CellSchema,
  institution: CellSchema,
});
const Localized = z.object({ da: z.string(), en: z.string() });

const CaseloadFigures = z.object({
  team: z.string().nullable(),
  caseworkers: z.number(),
  availableFte: z.number(),
  children: CellSchema,
  averagePerFte: z.number().nullable(),
  target: z.number(),
  max: z.number(),
  overMax: z.number(),
});

/** The council board: aggregates only, disclosure-controlled; no child ids, names or birth dates. */
export const KpiBoardSchema = z.object({
  municipality: z.object({
    name: z.string(),
    code: z.string(),
    reformStart: z.string().nullable(),
    isPublic: z.boolean(),
  }),
  lastDay: z.string(),
  /** When these figures were computed (ISO date-time, UTC). */
  computedAt: z.string(),
  /** False while newer data (or a new day) is being computed: these are the last figures. */
  upToDate: z.boolean(),
  threshold: z.number(),
  periods: z.array(
    z.object({
      label: z.string(),
      kind: z.enum(['year', 'quarter']),
      from: z.string(),
      to: z.string(),
    }),
  ),
  definitions: z.record(
    z.string(),
    z.object({ name: Localized, definition: Localized, source: Localized }),
  ),
  steps: z.array(z.object({ rank: z.number(), id: z.string(), name: Localized })),
  placed: z.array(
    z.object({
      label: z.string(),
      total: CellSchema,
      byGroup: GroupCells,
      byTeam: z.array(z.object({ team: z.string(), total: CellSchema, byGroup: GroupCells })),
    }),
  ),
  mix: z.array(
    z.object({
      label: z.string(),
      childYears: CellSchema,
      byGroup: z.array(
        z.object({
          group: z.enum(['family', 'independent', 'institution']),
          childYears: CellSchema,
          share: ShareCellSchema,
        }),
      ),
    }),
  ),
  stepDistribution: z.array(
    z.object({
      label: z.string(),
      onStep: CellSchema,
      steps: z.array(z.object({ rank: z.number(), children: CellSchema, share: ShareCellSchema })),
    }),
  ),
  movement: z.array(
    z.object({
      label: z.string(),
      children: CellSchema,
      down: CellSchema,
      up: CellSchema,
      unchanged: CellSchema,
      entered: CellSchema,
      exited: CellSchema,
    }),
  ),
  caseload: z.array(
    z.object({ label: z.string(), municipality: CaseloadFigures, teams: z.array(CaseloadFigures) }),
  ),
  followUps: z.array(
    z.object({
      label: z.string(),
      due: CellSchema,
      onTime: CellSchema,
      late: CellSchema,
      share: ShareCellSchema,
    }),
  ),
  notifications: z.array(
    z.object({
      label: z.string(),
      count: CellSchema,
      underEight: CellSchema,
      share: ShareCellSchema,
      bySource: z.array(z.object({ source: z.string(), count: CellSchema })),
    }),
  ),
  spend: z.array(
    z.object({
      year: z.number(),
      accounts: z.array(
        z.object({
          account: z.string().nullable(),
          spend: z.number(),
          budget: z.number(),
          difference: z.number(),
          usedShare: z.number().nullable(),
        }),
      ),
    }),
  ),
  savings: z.object({
    businessCaseName: z.string().nullable(),
    baselineYear: z.number().nullable(),
    draws: z.number(),
    years: z.array(
      z.object({
        year: z.number(),
        projected: z.object({ p10: z.number(), p50: z.number(), p90: z.number() }).nullable(),
        businessCase: z.number().nullable(),
        realised: z.number().nullable(),
        counterfactual: z.number().nullable(),
      }),
    ),
  }),
});

/** The board's response type. */
export type KpiBoard = z.infer<typeof KpiBoardSchema>;
