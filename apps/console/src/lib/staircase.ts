import { useQuery } from '@tanstack/react-query';
import type { PlacementType, Staircase } from '@trappen/staircase';
import { useTRPC } from '../api/trpc';
import type { StaircaseOutput } from '../api/types';

/**
 * The API's staircase as the `Staircase` the UI components take: the API sends `null`
 * where the core type leaves a field out.
 */
export function toStaircase(output: StaircaseOutput): Staircase {
  return {
    id: output.id,
    name: output.name,
    steps: output.steps.map((step) => ({
      ...step,
      whatToExpect: step.whatToExpect ?? undefined,
    })),
    interventions: output.interventions.map((entry) => ({
      ...entry,
      // The API validated the catalogue with the core schema before sending it.
      placementType: (entry.placementType ?? undefined) as PlacementType | undefined,
      defaultDailyRate: entry.defaultDailyRate ?? undefined,
    })),
  };
}

/** The municipality's staircase (with catalogue), cached for the session. */
export function useStaircase() {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.staircase.get.queryOptions(),
    staleTime: Number.POSITIVE_INFINITY,
    select: (output) => ({ raw: output, staircase: toStaircase(output) }),
  });
}
