import { TRPCError } from '@trpc/server';

/** A message in the users' language (Danish) and in English. */
export interface Messages {
  da: string;
  en: string;
}

/** Field path (dot-separated) → problems with that field. */
export type FieldErrors = Record<string, string[]>;

/** The error codes the API uses on purpose (anything else is a bug and maps to 500). */
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/**
 * A domain error with a human message in Danish and English and, for bad input, the
 * problems per field. The one `errorFormatter` turns it into the response shape.
 */
export class AppError extends TRPCError {
  /** Human message in Danish and English. */
  readonly messages: Messages;
  /** Problems per field, for `BAD_REQUEST`. */
  readonly fieldErrors: FieldErrors;

  constructor(code: AppErrorCode, messages: Messages, fieldErrors: FieldErrors = {}) {
    super({ code, message: messages.en });
    this.name = 'AppError';
    this.messages = messages;
    this.fieldErrors = fieldErrors;
  }
}

/** Not found — also the answer when the caller may not know the thing exists. */
export const notFound = (what: Messages = { da: 'sagen', en: 'the record' }): AppError =>
  new AppError('NOT_FOUND', {
    da: `Vi kunne ikke finde ${what.da}.`,
    en: `We could not find ${what.en}.`,
  });

/** The caller's role may not do this. */
export const forbidden = (): AppError =>
  new AppError('FORBIDDEN', {
    da: 'Du har ikke adgang til dette.',
    en: 'You do not have access to this.',
  });

/** Not logged in, or the session has expired. */
export const unauthorized = (): AppError =>
  new AppError('UNAUTHORIZED', {
    da: 'Du skal logge ind (igen).',
    en: 'Please log in (again).',
  });

/** Someone else changed the record since the caller read it. */
export const conflict = (): AppError =>
  new AppError('CONFLICT', {
    da: 'En anden har ændret dette i mellemtiden. Hent den nye version og prøv igen.',
    en: 'Someone else changed this in the meantime. Reload the new version and try again.',
  });

/** Input that passed the schema but breaks a domain rule. */
export const badRequest = (fieldErrors: FieldErrors): AppError =>
  new AppError(
    'BAD_REQUEST',
    { da: 'Nogle felter er ikke udfyldt korrekt.', en: 'Some fields are not filled in correctly.' },
    fieldErrors,
  );

/** Too many failed attempts. */
export const tooManyRequests = (): AppError =>
  new AppError('TOO_MANY_REQUESTS', {
    da: 'For mange forsøg. Vent et øjeblik, og prøv igen.',
    en: 'Too many attempts. Wait a moment and try again.',
  });

/** One field problem in Danish and English, as the console and the CLI show it. */
export const problem = (da: string, en: string): string => `${da} / ${en}`;
