import type { AppRouter } from '@trappen/api';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';

/**
 * Options of {@link createTrappenClient}.
 *
 * @example
 * ```ts
 * const options: TrappenClientOptions = { url: 'https://trappen.example.dk/trpc', headers: { cookie } };
 * ```
 */
export interface TrappenClientOptions {
  /** The API's tRPC endpoint, e.g. `https://trappen.example.dk/trpc`. */
  url: string;
  /** A `fetch` implementation (default: the global `fetch` of Node ≥ 18 and browsers). */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request, e.g. `{ cookie: 'trappen_session=…' }`; may be a function. */
  headers?:
    | Record<string, string>
    | (() => Record<string, string> | Promise<Record<string, string>>);
}

/**
 * The typed client: one method per API procedure, e.g.
 * `client.staircase.get.query()` or `client.businessCases.evaluate.mutate(input)`.
 *
 * @example
 * ```ts
 * const client: TrappenClient = createTrappenClient({ url: 'http://localhost:3000/trpc' });
 * ```
 */
export type TrappenClient = TRPCClient<AppRouter>;

/**
 * Creates a typed client for the trappen API over HTTP (batched requests). Every
 * procedure's input and output are typed from the server's router, so a wrong input is a
 * compile error.
 *
 * @example
 * ```ts
 * import { createTrappenClient } from '@trappen/client';
 *
 * const client = createTrappenClient({ url: 'http://localhost:3000/trpc' });
 * await client.auth.login.mutate({ email: 'leder@herning.example', password: '…' });
 * const staircase = await client.staircase.get.query();
 * ```
 */
export function createTrappenClient(options: TrappenClientOptions): TrappenClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        headers: options.headers ?? {},
      }),
    ],
  });
}
