import type { RequestHandler } from 'express';
import { openApiDocument } from './document';

/**
 * Serves the OpenAPI document at `GET /openapi.json` (built once, on first request).
 *
 * @example
 * ```ts
 * app.get('/openapi.json', openApiRoute(cookieName));
 * ```
 */
export function openApiRoute(cookieName: string): RequestHandler {
  let body: string | undefined;
  return (_req, res) => {
    body ??= JSON.stringify(openApiDocument(cookieName));
    res.type('application/json').send(body);
  };
}
