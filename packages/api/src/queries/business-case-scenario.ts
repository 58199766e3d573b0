import { and, businessCases, type Database, eq } from '@trappen/db';
import {
  type BusinessCase,
  estimateTransitions,
  evaluateBusinessCase,
  type ReformScenario,
  sensitivity,
  simulate,
} from '@trappen/savings';
import { addDays, type Staircase } from '@trappen/staircase';
import { badRequest, notFound } from '../errors';
import { loadChildHistories } from './load-child-histories';

/** Low, most likely and high value of an assumption (a triangular distribution). */
export interface Range {
  low: number;
  likely: number;
  high: number;
}

/** The assumptions a user sets for the flow-model scenario (changes as fractions). */
export interface ScenarioAssumptions {
  stepDown: Range;
  stepUp: Range;
  placementInflow: Range;
  rampUpMonths: Range;
  /** Extra staff cost a year (DKK); default: the business case's yearly investment. */
  staffCostPerYear?: Range | undefined;
}

/** Draws and seed: fixed, so the same input always gives the same answer. */
export const SCENARIO_DRAWS = 2000;
/** The simulation's seed. */
export const SCENARIO_SEED = 2016;
const HISTORY_DAYS = 730;

const triangular = (r: Range) =>
  r.low === r.high
    ? r.likely
    : { dist: 'triangular' as const, min: r.low, mode: r.likely, max: r.high };

/**
 * Estimates the flow model from the municipality's own last two years of intervention
 * histories and runs the Monte Carlo simulation and the tornado for a saved business
 * case's years. Staff cost defaults to the case's average yearly investment −10/+15 %.
 */
export async function businessCaseScenario(
  db: Database,
  municipalityId: string,
  staircase: Staircase,
  businessCaseId: string,
  assumptions: ScenarioAssumptions,
  today: string,
) {
  const [row] = await db
    .select({ definition: businessCases.definition })
    .from(businessCases)
    .where(
      and(eq(businessCases.id, businessCaseId), eq(businessCases.municipalityId, municipalityId)),
    );
  if (!row) throw notFound({ da: 'business casen', en: 'the business case' });
  const plan = evaluateBusinessCase(row.definition as BusinessCase);
  const investment = Math.round(
    plan.byYear.reduce((sum, y) => sum + y.investment, 0) / Math.max(1, plan.byYear.length),
  );
  const staff = assumptions.staffCostPerYear ?? {
    low: Math.round(investment * 0.9),
    likely: investment,
    high: Math.round(investment * 1.15),
  };
  const from = addDays(today, -HISTORY_DAYS);
  const histories = await loadChildHistories(db, municipalityId, from, today);
  if (histories.length === 0)
    throw badRequest({ businessCaseId: ['the municipality has no intervention history yet'] });
  const model = estimateTransitions(staircase, histories, { from, to: today });
  const years = Math.max(5, plan.years.length);
  const scenario: ReformScenario = {
    model,
    years,
    firstYear: plan.years[0] ?? Number(today.slice(0, 4)),
    stepDown: triangular(assumptions.stepDown),
    stepUp: triangular(assumptions.stepUp),
    placementInflow: triangular(assumptions.placementInflow),
    rampUpMonths: triangular(assumptions.rampUpMonths),
    staffCostPerYear: triangular(staff),
  };
  const simulated = simulate(scenario, { draws: SCENARIO_DRAWS, seed: SCENARIO_SEED });
  const tornado = sensitivity(scenario, { npvYears: years });
  return {
    draws: simulated.draws,
    seed: simulated.seed,
    historyChildren: histories.length,
    staffCostPerYear: staff,
    years: simulated.years.map((y) => ({
      year: y.year,
      net: y.net,
      cumulativeNet: y.cumulativeNet,
      probabilityPaidBackBy: y.probabilityPaidBackBy,
    })),
    tornado: {
      npvYears: tornado.npvYears,
      baseNpv: tornado.baseNpv,
      bars: tornado.bars.map((b) => ({
        parameter: b.parameter,
        low: b.low,
        high: b.high,
        swing: b.swing,
      })),
    },
  };
}
