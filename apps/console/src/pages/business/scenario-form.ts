/** The scenario's assumptions as the form holds them (text as typed). */
export const SCENARIO_FIELDS = [
  'stepDown',
  'stepUp',
  'placementInflow',
  'rampUpMonths',
  'staffCostPerYear',
] as const;
/** One assumption. */
export type ScenarioField = (typeof SCENARIO_FIELDS)[number];
/** The three values of a range. */
export const RANGE_PARTS = ['low', 'likely', 'high'] as const;
/** One value of a range. */
export type RangePart = (typeof RANGE_PARTS)[number];
/** Typed text per field and part. */
export type ScenarioDraft = Record<ScenarioField, Record<RangePart, string>>;

/** The defaults the board's projection also uses; staff cost blank: from the business case. */
export const DEFAULT_DRAFT: ScenarioDraft = {
  stepDown: { low: '0', likely: '20', high: '40' },
  stepUp: { low: '-30', likely: '-10', high: '0' },
  placementInflow: { low: '-20', likely: '-5', high: '5' },
  rampUpMonths: { low: '6', likely: '12', high: '24' },
  staffCostPerYear: { low: '', likely: '', high: '' },
};

// Percent fields are shown in %, staff cost in 1,000 DKK; the API takes fractions and DKK.
const SCALE: Record<ScenarioField, number> = {
  stepDown: 0.01,
  stepUp: 0.01,
  placementInflow: 0.01,
  rampUpMonths: 1,
  staffCostPerYear: 1000,
};
const LIMITS: Record<ScenarioField, [number, number]> = {
  stepDown: [-100, 500],
  stepUp: [-100, 500],
  placementInflow: [-100, 500],
  rampUpMonths: [0, 120],
  staffCostPerYear: [0, 10_000_000],
};

type Range = { low: number; likely: number; high: number };
/** The procedure's input without the business case id. */
export interface ScenarioAssumptions {
  stepDown: Range;
  stepUp: Range;
  placementInflow: Range;
  rampUpMonths: Range;
  staffCostPerYear?: Range;
}
/** Error keys per `field.part`: `required`, `number`, `range`, `order`. */
export type ScenarioErrors = Partial<Record<`${ScenarioField}.${RangePart}`, string>>;

const parse = (text: string): number | null => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
};

/**
 * Checks the draft and converts it to the API's units. Staff cost may be left blank
 * (all three) to use the business case's own investment.
 */
export function toAssumptions(
  draft: ScenarioDraft,
): { ok: true; value: ScenarioAssumptions } | { ok: false; errors: ScenarioErrors } {
  const errors: ScenarioErrors = {};
  const result: Partial<Record<ScenarioField, Range>> = {};
  for (const field of SCENARIO_FIELDS) {
    const texts = draft[field];
    if (field === 'staffCostPerYear' && RANGE_PARTS.every((p) => texts[p].trim() === '')) continue;
    const values = {} as Range;
    let valid = true;
    for (const part of RANGE_PARTS) {
      const value = parse(texts[part]);
      const [min, max] = LIMITS[field];
      const error =
        value === null
          ? 'required'
          : Number.isNaN(value)
            ? 'number'
            : value < min || value > max
              ? 'range'
              : null;
      if (error) {
        errors[`${field}.${part}`] = error;
        valid = false;
      } else values[part] = value as number;
    }
    if (!valid) continue;
    if (values.likely < values.low) errors[`${field}.likely`] = 'order';
    if (values.high < values.likely) errors[`${field}.high`] = 'order';
    const s = SCALE[field];
    result[field] = { low: values.low * s, likely: values.likely * s, high: values.high * s };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: result as ScenarioAssumptions };
}

/** The field limits, for the error message. */
export const limitsOf = (field: ScenarioField): [number, number] => LIMITS[field];
