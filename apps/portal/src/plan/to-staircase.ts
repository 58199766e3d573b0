import type { Staircase } from '@trappen/staircase';
import type { StepOutput } from '../api/types';

/** Turns the steps the API sends into the `Staircase` the picture draws. */
export function toStaircase(steps: readonly StepOutput[]): Staircase {
  return {
    id: 'parent-view',
    name: { da: 'Indsatstrappen', en: 'The intervention staircase' },
    steps: steps.map((step) => ({
      id: step.id,
      rank: step.rank,
      name: step.name,
      description: step.description,
      ...(step.whatToExpect ? { whatToExpect: step.whatToExpect } : {}),
      isPlacement: step.isPlacement,
      maxStayMonths: step.maxStayMonths,
    })),
    interventions: [],
  };
}
