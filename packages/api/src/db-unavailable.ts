// SQLSTATE class 08 (connection exception) and the 57P0x shutdown codes.
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3])/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);
const UNAVAILABLE_MESSAGE =
  /PGlite is closed|Connection terminated|connection timeout|Client has encountered a connection error|Cannot use a pool after calling end/i;

/**
 * True when an error (or any of its causes) says the database cannot be reached, as
 * opposed to a bug or a rejected query: such failures are answered with 503.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    const { code } = current as { code?: unknown };
    if (
      typeof code === 'string' &&
      (UNAVAILABLE_ERRNO.has(code) || UNAVAILABLE_SQLSTATE.test(code))
    )
      return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable))
      return true;
    if (UNAVAILABLE_MESSAGE.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}

/** The correlation id attached to an error thrown before a context existed, if any. */
export function requestIdOf(error: unknown): string | null {
  const { requestId } = error as { requestId?: unknown };
  return typeof requestId === 'string' ? requestId : null;
}
