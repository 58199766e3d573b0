import { QueryClient } from '@tanstack/react-query';
import type { AppRouter } from '@trappen/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';

/** The board's only cache: in memory, aggregates only. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: false } },
});

/** The tRPC client; the session cookie is HttpOnly and sent by the browser. */
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc' })],
});

/** The board's data, as the API returns it. */
export type Board = Awaited<ReturnType<typeof trpcClient.kpi.board.query>>;
/** A published count (or suppressed). */
export type Cell = Board['placed'][number]['total'];
/** A published share (or suppressed). */
export type ShareCell = Board['followUps'][number]['share'];

/** The tRPC error code of a failed call, if any. */
export function errorCode(error: unknown): string | undefined {
  return (error as { data?: { code?: string } } | null)?.data?.code;
}
