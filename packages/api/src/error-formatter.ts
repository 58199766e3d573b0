import type { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { isDatabaseUnavailable } from './db-unavailable';
import { AppError, type FieldErrors, type Messages } from './errors';

/** The `data` every error response carries. */
export interface ErrorData {
  code: string;
  httpStatus: number;
  path: string | null;
  /** Correlation id: quote it when reporting a problem; the server log has the details. */
  requestId: string | null;
  messages: Messages;
  fieldErrors: FieldErrors;
  stack?: string;
}

const GENERIC: Record<string, Messages> = {
  BAD_REQUEST: {
    da: 'Nogle felter er ikke udfyldt korrekt.',
    en: 'Some fields are not filled in correctly.',
  },
  PAYLOAD_TOO_LARGE: { da: 'Forespørgslen er for stor.', en: 'The request is too large.' },
  METHOD_NOT_SUPPORTED: { da: 'Metoden er ikke tilladt.', en: 'Method not allowed.' },
  NOT_FOUND: { da: 'Vi kunne ikke finde det.', en: 'Not found.' },
  SERVICE_UNAVAILABLE: {
    da: 'Tjenesten er midlertidigt utilgængelig. Prøv igen om lidt.',
    en: 'The service is temporarily unavailable. Please try again shortly.',
  },
  INTERNAL_SERVER_ERROR: {
    da: 'Der skete en fejl hos os. Prøv igen senere.',
    en: 'Something went wrong on our side. Please try again later.',
  },
};

function zodFieldErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '(root)';
    const list = out[key] ?? [];
    list.push(issue.message);
    out[key] = list;
  }
  return out;
}

/**
 * The one place errors become responses: domain errors keep their Danish/English
 * message and field errors, input validation becomes `BAD_REQUEST` with field errors,
 * and anything unexpected becomes a generic message with a correlation id — no stack,
 * SQL or internals unless `isDev`.
 */
export function formatError(opts: {
  error: TRPCError;
  path: string | undefined;
  httpStatus: number;
  requestId: string | null;
  isDev: boolean;
}): { message: string; data: ErrorData } {
  const { error, isDev } = opts;
  // An unreachable database is an outage, not a bug: 503 tells clients and proxies to retry.
  const unavailable = error.code === 'INTERNAL_SERVER_ERROR' && isDatabaseUnavailable(error);
  const code = unavailable ? 'SERVICE_UNAVAILABLE' : error.code;
  let messages: Messages = GENERIC[code] ?? GENERIC.INTERNAL_SERVER_ERROR ?? { da: '', en: '' };
  let fieldErrors: FieldErrors = {};
  if (error instanceof AppError) {
    messages = error.messages;
    fieldErrors = error.fieldErrors;
  } else if (error.cause instanceof ZodError && error.code === 'BAD_REQUEST') {
    fieldErrors = zodFieldErrors(error.cause);
  } else if (error.code === 'BAD_REQUEST' && isDev) {
    messages = { da: error.message, en: error.message };
  }
  const data: ErrorData = {
    code,
    httpStatus: unavailable ? 503 : opts.httpStatus,
    path: opts.path ?? null,
    requestId: opts.requestId,
    messages,
    fieldErrors,
  };
  if (isDev && error.stack) data.stack = error.stack;
  const internal = error.code === 'INTERNAL_SERVER_ERROR';
  return {
    message: isDev && internal ? error.message : messages.en,
    data,
  };
}
