import type { Lang } from '@trappen/ui';
import { TRPCClientError } from '@trpc/client';

/** What the API's error formatter puts in every error. */
export interface ApiErrorData {
  code: string;
  requestId: string | null;
  messages: { da: string; en: string } | null;
  fieldErrors: Record<string, string[]>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The structured data of an API error, or `null` for network and other errors. */
export function errorData(error: unknown): ApiErrorData | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (!isRecord(data)) return null;
  const messages = isRecord(data.messages) ? data.messages : null;
  return {
    code: typeof data.code === 'string' ? data.code : 'UNKNOWN',
    requestId: typeof data.requestId === 'string' ? data.requestId : null,
    messages:
      messages && typeof messages.da === 'string' && typeof messages.en === 'string'
        ? { da: messages.da, en: messages.en }
        : null,
    fieldErrors: isRecord(data.fieldErrors) ? (data.fieldErrors as Record<string, string[]>) : {},
  };
}

/** The API's error code (`CONFLICT`, `UNAUTHORIZED` …), or `null`. */
export const errorCode = (error: unknown): string | null => errorData(error)?.code ?? null;

/** True when someone else changed the record since we read it. */
export const isConflict = (error: unknown): boolean => errorCode(error) === 'CONFLICT';

/** A human message for an error in the UI language; never a stack trace. */
export function errorMessage(error: unknown, lang: Lang): string {
  const data = errorData(error);
  if (data?.messages) return data.messages[lang];
  return lang === 'da'
    ? 'Vi kunne ikke få forbindelse til serveren. Prøv igen.'
    : 'We could not reach the server. Please try again.';
}

/** The first problem reported for a field, e.g. `purpose` or `next.code`. */
export function fieldError(error: unknown, field: string): string | undefined {
  return errorData(error)?.fieldErrors[field]?.[0];
}

/**
 * The first problem for a field in the UI language: the API writes bilingual problems
 * as `Danish / English`; others (from input validation) are shown as they are.
 */
export function fieldErrorIn(error: unknown, field: string, lang: Lang): string | undefined {
  const message = fieldError(error, field);
  if (!message) return undefined;
  const parts = message.split(' / ');
  return parts.length === 2 ? (lang === 'da' ? parts[0] : parts[1]) : message;
}
