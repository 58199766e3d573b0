import type { AppRouter } from '@trappen/api';
import type { Lang } from '@trappen/ui';
import { TRPCClientError } from '@trpc/client';

/** What the portal needs to know about a failed call. */
export interface ApiProblem {
  /** tRPC error code, e.g. `UNAUTHORIZED`, or `NETWORK` when the server could not be reached. */
  code: string;
  /** The server's human message in Danish and English, when it sent one. */
  messages: { da: string; en: string } | null;
  /** Correlation id to quote to support. */
  requestId: string | null;
}

/** Reads the error shape the API's error formatter produces. */
export function toProblem(error: unknown): ApiProblem {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data as
      | { code?: string; messages?: { da: string; en: string }; requestId?: string | null }
      | undefined;
    return {
      code: data?.code ?? 'NETWORK',
      messages: data?.messages ?? null,
      requestId: data?.requestId ?? null,
    };
  }
  return { code: 'NETWORK', messages: null, requestId: null };
}

/** True when the server says the caller is not (or no longer) logged in. */
export const isUnauthorized = (error: unknown): boolean => toProblem(error).code === 'UNAUTHORIZED';

/** True for "this child does not exist for you", which also covers malformed ids. */
export const isNotFound = (error: unknown): boolean => {
  const code = toProblem(error).code;
  return code === 'NOT_FOUND' || code === 'BAD_REQUEST' || code === 'FORBIDDEN';
};

/** The server's message in the UI language, or `fallback`. */
export function problemMessage(problem: ApiProblem, lang: Lang, fallback: string): string {
  return problem.messages?.[lang] || fallback;
}
