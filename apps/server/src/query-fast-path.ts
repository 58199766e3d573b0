import {
  type AnyTRPCRouter,
  callTRPCProcedure,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  type TRPCError,
  transformTRPCResponse,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import type { Request, RequestHandler, Response } from 'express';

/** What the fast path needs besides the router: the same context and error hook as the adapter. */
export interface QueryFastPathOptions<TContext> {
  router: AnyTRPCRouter;
  createContext(req: Request, res: Response): Promise<TContext>;
  onError(failure: { error: TRPCError; ctx: TContext | undefined }): void;
}

/**
 * Answers a single tRPC query sent as `GET /trpc/<path>?input=…` itself, with the
 * status, headers and JSON body the tRPC adapter gives, and passes every other request
 * (batches, mutations, unknown paths, unreadable input, streaming) on to the adapter.
 * Why: the adapter turns each Node request into a Fetch `Request` and its answer into a
 * `Response` stream, which cost more CPU than the busiest reads ("my cases", the case
 * page) themselves. Mount it just before `createExpressMiddleware`.
 */
export function queryFastPath<TContext>(options: QueryFastPathOptions<TContext>): RequestHandler {
  const { router } = options;
  const config = router._def._config;
  const send = (res: Response, status: number, body: unknown) => {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json');
    res.setHeader('vary', 'trpc-accept, accept');
    res.end(JSON.stringify(transformTRPCResponse(config, body as never)));
  };
  return async (req, res, next) => {
    let path = '';
    try {
      if (req.method === 'GET') path = decodeURIComponent(req.path.slice(1));
    } catch {
      return next(); // a malformed %-escape: the adapter answers it
    }
    const procedure = router._def.procedures[path] as { _def?: { type?: string } } | undefined;
    const rawInput = req.query.input;
    if (
      procedure?._def?.type !== 'query' ||
      req.query.batch !== undefined ||
      req.headers['trpc-accept'] !== undefined ||
      (rawInput !== undefined && typeof rawInput !== 'string')
    )
      return next();
    let input: unknown;
    try {
      input = rawInput === undefined ? undefined : JSON.parse(rawInput);
    } catch {
      return next(); // the adapter reports unreadable input in its own words
    }
    input = config.transformer.input.deserialize(input);
    let ctx: TContext | undefined;
    try {
      ctx = await options.createContext(req, res);
      const data = await callTRPCProcedure({
        router,
        path,
        getRawInput: async () => input,
        ctx,
        type: 'query',
        signal: undefined,
        batchIndex: 0,
      });
      send(res, 200, { result: { data } });
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      options.onError({ error, ctx });
      const shape = getTRPCErrorShape({ config, ctx, error, input, path, type: 'query' });
      // The status the error formatter put in the shape (e.g. 503 for a database outage).
      send(res, getHTTPStatusCode({ error: shape } as never), { error: shape });
    }
  };
}
