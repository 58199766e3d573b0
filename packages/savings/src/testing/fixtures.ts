import { defaultStaircase } from '@trappen/staircase';
import type { ChildHistory } from '../flow/history';
import type { FlowModel } from '../flow/model';
import { estimateTransitions, generateHistories } from '../index';

/** Monthly transition probabilities on the default staircase (rows from step 1-6; last column: left). */
export const trueProbabilities: number[][] = [
  [0.9, 0.03, 0.01, 0, 0, 0.002, 0.058],
  [0.05, 0.85, 0.03, 0.002, 0.003, 0.002, 0.063],
  [0.01, 0.04, 0.88, 0.005, 0.01, 0.005, 0.05],
  [0.002, 0.005, 0.02, 0.95, 0.005, 0.003, 0.015],
  [0.001, 0.004, 0.015, 0.005, 0.96, 0.005, 0.01],
  [0.002, 0.005, 0.04, 0.01, 0.05, 0.88, 0.013],
];
export const trueInflow = [40, 25, 15, 1.5, 2.5, 3];
export const initialStock = [2000, 1000, 750, 200, 450, 150];
export const dailyRates = [0, 100, 500, 600, 1200, 3500];

let cached: { histories: ChildHistory[]; model: FlowModel } | undefined;

/** Histories generated from the true probabilities over 5 years, and the model estimated from them. */
export function exampleData(): { histories: ChildHistory[]; model: FlowModel } {
  if (!cached) {
    const histories = generateHistories(defaultStaircase, {
      probabilities: trueProbabilities,
      inflowPerMonth: trueInflow,
      initialStock,
      from: '2019-01-01',
      months: 60,
      seed: 7,
      dailyRatePerStep: dailyRates,
    });
    const model = estimateTransitions(defaultStaircase, histories, {
      from: '2019-01-01',
      to: '2023-12-31',
    });
    cached = { histories, model };
  }
  return cached;
}

/** A hand-written model (counts = probabilities × `weight` observations per row). */
export function handModel(
  probabilities: number[][],
  inflow: number[],
  stock: number[],
  cost: number[],
  weight = 1000,
): FlowModel {
  const n = probabilities.length;
  return {
    staircaseId: 'hand',
    steps: probabilities.map((_, i) => ({ id: `s${i + 1}`, rank: i + 1, isPlacement: i >= n - 2 })),
    window: { from: '2020-01-01', to: '2024-12-31', months: 60 },
    children: 0,
    interventions: 0,
    transitions: {
      counts: probabilities.map((row) => row.map((p) => p * weight)),
      prior: 0.5,
      probabilities,
      sd: probabilities.map((row) => row.map(() => 0.01)),
    },
    inflow: {
      counts: inflow.map((value) => value * 60),
      prior: 0.5,
      months: 60,
      perMonth: inflow,
      sd: inflow.map(() => 0.1),
    },
    cost: {
      perChildMonth: cost,
      childMonths: cost.map(() => 100),
      spend: cost.map((c) => c * 100),
      source: cost.map(() => 'observed' as const),
    },
    stock,
  };
}
