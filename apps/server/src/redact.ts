/**
 * Text fit for a log line: CPR-like numbers (`DDMMYY-NNNN` or ten digits), session
 * cookies, session tokens and their hashes, password hashes, bearer tokens and anything labelled as a password or token are masked.
 * Database errors quote their query parameters, which is how such values would leak.
 */
export function redact(text: string): string {
  return (
    text
      .replace(/(?<!\d)\d{6}[- ]?\d{4}(?!\d)/g, '[cpr]')
      .replace(/((?:__Host-)?trappen_session=)[^;\s,"']+/g, '$1[session]')
      .replace(/(bearer\s+)[\w.~+/=-]+/gi, '$1[token]')
      // Session tokens and their stored hashes are 32 bytes in base64url: 43 characters.
      .replace(/(?<![\w-])[A-Za-z0-9_-]{43}(?![\w-])/g, '[token]')
      .replace(/scrypt\$[^\s,"']+/g, '[password-hash]')
      .replace(
        /("?(?:password|passwordHash|password_hash|token|token_hash)"?\s*[:=]\s*"?)[^",\s}]+/gi,
        '$1[redacted]',
      )
  );
}

/** An error (with its causes) as one redacted string, for `console.error`. */
export function describeForLog(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return redact(parts.join('\nCaused by: '));
}
