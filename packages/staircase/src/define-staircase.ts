import { fromZodIssues, StaircaseError, type ValidationIssue } from './errors';
import {
  type CatalogueEntryInput,
  type Staircase,
  StaircaseDefinitionSchema,
  type StaircaseInput,
  type StepInput,
} from './schema';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

type Loose = Record<string, unknown>;
const asList = (value: unknown): Loose[] =>
  Array.isArray(value)
    ? value.map((item) => (item && typeof item === 'object' ? (item as Loose) : {}))
    : [];

/** Cross-field rules the schema cannot express; run on the raw input so they add to schema errors. */
function structuralIssues(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const root = input && typeof input === 'object' ? (input as Loose) : {};
  const steps = asList(root.steps);
  const interventions = asList(root.interventions);

  const stepIndexById = new Map<unknown, number>();
  steps.forEach((step, index) => {
    if (stepIndexById.has(step.id)) {
      issues.push({ path: ['steps', index, 'id'], message: 'duplicate step id', value: step.id });
    } else stepIndexById.set(step.id, index);
  });

  const n = steps.length;
  const rankCounts = new Map<unknown, number>();
  for (const step of steps) rankCounts.set(step.rank, (rankCounts.get(step.rank) ?? 0) + 1);
  steps.forEach((step, index) => {
    const rank = step.rank;
    const valid = typeof rank === 'number' && Number.isInteger(rank) && rank >= 1 && rank <= n;
    if (typeof rank === 'number' && (!valid || (rankCounts.get(rank) ?? 0) > 1)) {
      issues.push({
        path: ['steps', index, 'rank'],
        message: `ranks must be exactly 1..${n}, each used once`,
        value: rank,
      });
    }
  });

  const codes = new Set<unknown>();
  interventions.forEach((entry, index) => {
    if (codes.has(entry.code)) {
      issues.push({
        path: ['interventions', index, 'code'],
        message: 'duplicate intervention code',
        value: entry.code,
      });
    }
    codes.add(entry.code);
    const stepIndex = stepIndexById.get(entry.step);
    if (stepIndex === undefined) {
      issues.push({
        path: ['interventions', index, 'step'],
        message: 'unknown step id',
        value: entry.step,
      });
    } else if (entry.placementType !== undefined && steps[stepIndex]?.isPlacement !== true) {
      issues.push({
        path: ['interventions', index, 'placementType'],
        message: 'a placement type requires a step marked isPlacement',
        value: entry.placementType,
      });
    }
  });
  return issues;
}

/**
 * Validates a staircase definition and returns it frozen, with defaults applied and
 * steps sorted by rank.
 *
 * Rejects, all at once in one {@link StaircaseError}: schema errors (missing names,
 * non-positive cadences or daily rates …), duplicate step ids, ranks that are not
 * exactly 1..n, duplicate intervention codes, interventions on unknown steps, and a
 * placement type on a step that is not a placement. Never returns a partial result.
 *
 * @example
 * ```ts
 * const staircase = defineStaircase({
 *   id: 'mini',
 *   name: { da: 'Mini', en: 'Mini' },
 *   steps: [{ id: 'home', rank: 1, name: { da: 'Hjemme', en: 'Home' }, description: { da: '…', en: '…' } }],
 *   interventions: [{ code: 'contact-person', name: { da: 'Kontaktperson', en: 'Contact person' }, step: 'home' }],
 * });
 * staircase.interventions[0]?.followUpEveryDays; // 91
 *
 * // Derive your own from the default (readonly arrays are accepted):
 * const randers = defineStaircase({ ...defaultStaircase, id: 'randers', interventions: [...defaultStaircase.interventions, extra] });
 * ```
 */
export function defineStaircase(
  input: Readonly<Omit<StaircaseInput, 'steps' | 'interventions'>> & {
    readonly steps: readonly Readonly<StepInput>[];
    readonly interventions: readonly Readonly<CatalogueEntryInput>[];
  },
): Staircase {
  const parsed = StaircaseDefinitionSchema.safeParse(input, { reportInput: true });
  const issues = [
    ...(parsed.success ? [] : fromZodIssues(parsed.error.issues)),
    ...structuralIssues(input),
  ];
  if (issues.length > 0 || !parsed.success) throw new StaircaseError(issues, 'Invalid staircase');
  const definition = parsed.data;
  return deepFreeze({
    id: definition.id,
    name: definition.name,
    steps: [...definition.steps].sort((a, b) => a.rank - b.rank),
    interventions: definition.interventions,
  });
}
