import { useQuery } from '@tanstack/react-query';
import { useTRPCClient } from '../../api/trpc';
import type { BusinessCaseDefinition } from '../../api/types';
import { useDebounced } from '../../lib/useDebounced';

/** Evaluates an edited (unsaved) business case on the server as the user types. */
export function useEvaluation(definition: BusinessCaseDefinition | null) {
  const client = useTRPCClient();
  const debounced = useDebounced(definition, 400);
  return useQuery({
    queryKey: ['console', 'evaluate', debounced],
    enabled: debounced !== null,
    retry: false,
    placeholderData: (previous) => previous,
    queryFn: () =>
      client.businessCases.evaluate.mutate({ definition: debounced as BusinessCaseDefinition }),
  });
}
