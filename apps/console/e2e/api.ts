import type { AppRouter } from '@trappen/api';
import { loginAs } from '@trappen/server/src/testing/test-server';
import type { TRPCClient } from '@trpc/client';

/** A typed API client logged in as a demo user (for setting up and checking browser tests). */
export async function apiAs(url: string, email: string): Promise<TRPCClient<AppRouter>> {
  const session = await loginAs(url, email);
  return session.client;
}

/** The staircase rank of a catalogue code. */
export function rankOfCode(
  staircase: Awaited<ReturnType<TRPCClient<AppRouter>['staircase']['get']['query']>>,
  code: string,
): number {
  const entry = staircase.interventions.find((e) => e.code === code);
  return staircase.steps.find((s) => s.id === entry?.step)?.rank ?? 0;
}
