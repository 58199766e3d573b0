import { z } from 'zod';
import { LocalizedTextSchema } from './localized-text';
import { PlacementTypeSchema } from './placement-types';

const identifier = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');

/**
 * One step of a staircase. Steps are ordered by how intrusive they are in the child's
 * everyday life (`rank` 1 = least intrusive), never by cost.
 *
 * @example
 * ```ts
 * StepSchema.parse({ id: 'home-based', rank: 3, name: { da: 'Hjemmebaserede indsatser', en: 'Home-based' }, description: { da: '…', en: '…' } });
 * // … isPlacement: false, maxStayMonths: 6
 * ```
 */
export const StepSchema = z.object({
  /** Stable identifier, e.g. `home-based`. */
  id: identifier,
  /** Position from 1 (least intrusive) to n (most intrusive). */
  rank: z.number().int(),
  /** The step's name. */
  name: LocalizedTextSchema,
  /** What the step is, for professionals. */
  description: LocalizedTextSchema,
  /** Plain-language text for families: what support to expect on this step. */
  whatToExpect: LocalizedTextSchema.optional(),
  /** Whether interventions on this step place the child outside the home. */
  isPlacement: z.boolean().default(false),
  /** No child stays longer on this step without a new assessment (default six months). */
  maxStayMonths: z.number().int().positive().max(120).default(6),
});

/**
 * One kind of intervention in the municipality's catalogue, placed on a step.
 *
 * @example
 * ```ts
 * CatalogueEntrySchema.parse({ code: 'contact-person', step: 'home-based', name: { da: 'Kontaktperson', en: 'Contact person' } });
 * // … legalBasis: '', aftercare: false, followUpEveryDays: 91
 * ```
 */
export const CatalogueEntrySchema = z.object({
  /** Stable code, e.g. `family-treatment`. */
  code: identifier,
  /** The intervention's name. */
  name: LocalizedTextSchema,
  /** Id of the step the intervention sits on. */
  step: identifier,
  /** The legal basis, as free text (e.g. `Barnets lov § 32, stk. 1, nr. 3`). */
  legalBasis: z.string().max(500).default(''),
  /** For placements, the statistical placement type. */
  placementType: PlacementTypeSchema.optional(),
  /** True for aftercare (efterværn) for young people aged 18-22. */
  aftercare: z.boolean().default(false),
  /** How often the intervention must be followed up, in days (default quarterly: 91). */
  followUpEveryDays: z.number().int().positive().max(3660).default(91),
  /** A typical daily rate in DKK, used when a case records none. */
  defaultDailyRate: z.number().finite().positive().optional(),
});

/**
 * A municipality's staircase: its steps and its intervention catalogue. Checks shapes
 * only; use {@link defineStaircase} for the cross-field rules (ranks 1..n, unique
 * codes, known steps …) and a frozen result.
 *
 * @example
 * ```ts
 * const input = StaircaseDefinitionSchema.parse(JSON.parse(file)); // shapes and defaults
 * const staircase = defineStaircase(input); // all rules
 * ```
 */
export const StaircaseDefinitionSchema = z.object({
  /** Identifier of the staircase, e.g. `solrod-2019`. */
  id: identifier,
  /** Name shown to users, e.g. "Solrød Kommunes indsatstrappe". */
  name: LocalizedTextSchema,
  /** The steps, in any order; ranks must be exactly 1..n. */
  steps: z.array(StepSchema).min(1).max(20),
  /** The intervention catalogue. */
  interventions: z.array(CatalogueEntrySchema).max(1000),
});

/**
 * A step as given (defaults not yet applied).
 *
 * @example
 * ```ts
 * const step: StepInput = { id: 'home', rank: 1, name: { da: 'Hjemme', en: 'Home' }, description: { da: '…', en: '…' } };
 * ```
 */
export type StepInput = z.input<typeof StepSchema>;
/**
 * A validated step, defaults applied.
 *
 * @example
 * ```ts
 * const top: Step | undefined = defaultStaircase.steps.at(-1); // rank 6, isPlacement: true
 * ```
 */
export type Step = z.output<typeof StepSchema>;
/**
 * A catalogue entry as given (defaults not yet applied).
 *
 * @example
 * ```ts
 * const entry: CatalogueEntryInput = { code: 'family-house', step: 'home-based', name: { da: 'Familiehuset', en: 'Family house' } };
 * ```
 */
export type CatalogueEntryInput = z.input<typeof CatalogueEntrySchema>;
/**
 * A validated catalogue entry, defaults applied.
 *
 * @example
 * ```ts
 * const placements: CatalogueEntry[] = defaultStaircase.interventions.filter((e) => e.placementType);
 * ```
 */
export type CatalogueEntry = z.output<typeof CatalogueEntrySchema>;
/**
 * A staircase definition as given (defaults not yet applied).
 *
 * @example
 * ```ts
 * const input: StaircaseInput = { id: 'mini', name: { da: 'Mini', en: 'Mini' }, steps: [step], interventions: [] };
 * ```
 */
export type StaircaseInput = z.input<typeof StaircaseDefinitionSchema>;

/**
 * A validated, frozen staircase, as returned by `defineStaircase`: steps sorted by
 * rank, catalogue in input order.
 *
 * @example
 * ```ts
 * const staircase: Staircase = defineStaircase(input);
 * staircase.steps.map((step) => step.rank); // [1, 2, …, n]
 * ```
 */
export type Staircase = Readonly<{
  id: string;
  name: Readonly<z.output<typeof LocalizedTextSchema>>;
  steps: readonly Readonly<Step>[];
  interventions: readonly Readonly<CatalogueEntry>[];
}>;
