import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DestinationStream, type Logger, pino } from 'pino';
import { pinoHttp } from 'pino-http';

/**
 * The fields of an error that may be logged: what failed and where, never the values
 * involved. Database drivers put query parameters (a child's name, a comment, an e-mail)
 * into messages and details, so messages, details, parameters and `where` are left out,
 * whatever they contain: an allow-list, not a pattern list of things to mask.
 */
const ERROR_FIELDS = ['code', 'routine', 'severity', 'table', 'column', 'constraint'] as const;
const IDENTIFIER = /^[A-Za-z0-9_.$-]{1,64}$/;

/** One error (and its causes) reduced to {@link ERROR_FIELDS}, its class name and stack frames. */
export function errorForLog(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const entry: Record<string, unknown> = { type: error.constructor?.name ?? 'Error' };
  const fields = error as unknown as Record<string, unknown>;
  for (const field of ERROR_FIELDS) {
    const value = fields[field];
    if (typeof value === 'string' && IDENTIFIER.test(value)) entry[field] = value;
  }
  // Frames only: the first line of a stack repeats the message.
  entry.stack = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => line.trim());
  if (error.cause !== undefined && depth < 4) entry.cause = errorForLog(error.cause, depth + 1);
  return entry;
}

/** A request as logged: id, method and path, without query string, headers or body. */
const requestForLog = (req: IncomingMessage & { id?: unknown; originalUrl?: string }) => ({
  id: req.id,
  method: req.method,
  path: (req.originalUrl ?? req.url ?? '').split('?')[0],
});

/**
 * The server's structured (JSON) logger. Every object passes allow-list serializers:
 * `req` (id, method, path), `res` (status) and `err` ({@link errorForLog}).
 */
export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      serializers: {
        req: requestForLog,
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
        err: (error: unknown) => errorForLog(error),
      },
    },
    options.destination,
  );
}

/** Logs every request once it is answered, under its request id (`reqId`). */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    wrapSerializers: false,
    genReqId: (_req, res) =>
      (res as ServerResponse & { locals: { requestId: string } }).locals.requestId,
    // The id at the top of every request line too, as in the error lines.
    customProps: (req) => ({ reqId: (req as IncomingMessage & { id?: unknown }).id }),
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  });
}
