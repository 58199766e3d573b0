import type { AppRouter } from '@trappen/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** Typed tRPC hooks for the console: `useTRPC()` gives query and mutation options. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/**
 * The console's tRPC client. Same origin only: the session cookie and the server's
 * CSRF guard both rely on it (mutations are JSON POSTs from our own origin).
 */
export function createClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${window.location.origin}/trpc`, maxItems: 10 })],
  });
}
