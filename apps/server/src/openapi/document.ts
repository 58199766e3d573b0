import { appRouter } from '@trappen/api';
import { type JsonSchema, jsonSchemaOf } from './json-schema';

/** What the document needs to know about a procedure (tRPC keeps its parsers on `_def`). */
interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: unknown[];
  output?: unknown;
}

/** The read-only endpoints described, with who may call them. */
const ENDPOINTS: readonly { path: string; summary: string; access: 'session' | 'optional' }[] = [
  {
    path: 'staircase.get',
    summary:
      "The municipality's staircase: steps, and the intervention catalogue with rates (staff and council members). Any logged-in user.",
    access: 'session',
  },
  {
    path: 'kpi.board',
    summary:
      "The council's KPI board: aggregates only, disclosure-controlled (counts under the threshold are suppressed). Staff and council members see their own municipality's; anyone sees a municipality whose board is public (give municipalityCode).",
    access: 'optional',
  },
  {
    path: 'businessCases.evaluate',
    summary:
      'Evaluates a business case without saving it (DOMAIN.md §5.1): per year the totals per budget area, net and cumulative net, then payback year and NPV. Team leaders and administrators. A POST because the definition can be large; it changes nothing.',
    access: 'session',
  },
];

const ErrorSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['message'],
      properties: {
        message: { type: 'string' },
        code: { type: 'integer' },
        data: {
          type: 'object',
          properties: {
            code: {
              type: 'string',
              examples: ['UNAUTHORIZED', 'FORBIDDEN', 'BAD_REQUEST', 'NOT_FOUND'],
            },
            httpStatus: { type: 'integer' },
            requestId: { type: 'string' },
            fieldErrors: {
              type: 'object',
              additionalProperties: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  },
};

const errors = (codes: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(codes).map(([status, description]) => [
      status,
      {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );

const success = (output: JsonSchema) => ({
  '200': {
    description: 'The result, wrapped as tRPC does: `{ "result": { "data": … } }`.',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['result'],
          properties: {
            result: { type: 'object', required: ['data'], properties: { data: output } },
          },
        },
      },
    },
  },
});

function operation(
  path: string,
  summary: string,
  access: 'session' | 'optional',
  def: ProcedureDef,
) {
  const input = def.inputs[0] === undefined ? undefined : jsonSchemaOf(def.inputs[0], 'input');
  const common = {
    operationId: path,
    summary,
    security: access === 'session' ? [{ session: [] }] : [{}, { session: [] }],
    responses: {
      ...success(jsonSchemaOf(def.output, 'output')),
      ...errors({
        '400': 'Invalid input; `error.data.fieldErrors` lists the problems per field.',
        '401': 'Not logged in (no or an expired session cookie).',
        '403': 'Logged in, but not allowed (role, or another municipality).',
      }),
    },
  };
  if (def.type === 'query') {
    const parameters = input
      ? [
          {
            name: 'input',
            in: 'query',
            required: false,
            description: 'The input as JSON, URL-encoded, e.g. `?input=%7B%7D`.',
            content: { 'application/json': { schema: input } },
          },
        ]
      : [];
    return { get: { ...common, parameters } };
  }
  return {
    post: {
      ...common,
      requestBody: {
        required: true,
        content: { 'application/json': { schema: input ?? {} } },
      },
      responses: {
        ...common.responses,
        ...errors({
          '415': 'The body was not sent as `Content-Type: application/json` (CSRF guard).',
          '403': 'Not allowed, or an `Origin` header from another site (CSRF guard).',
        }),
      },
    },
  };
}

/**
 * The OpenAPI 3.1 description of the API's read-only endpoints, built from the tRPC
 * router itself so the schemas cannot drift from what the server validates and returns.
 * Endpoints whose procedure does not exist (yet) are left out.
 *
 * @example
 * ```ts
 * const doc = openApiDocument('__Host-trappen_session');
 * Object.keys(doc.paths); // ['/trpc/auth.login', '/trpc/staircase.get', …]
 * ```
 */
export function openApiDocument(cookieName: string) {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>;
  const paths: Record<string, unknown> = {};
  const login = procedures['auth.login'];
  if (login) {
    paths['/trpc/auth.login'] = {
      post: {
        operationId: 'auth.login',
        summary: `Password login. On success the response sets the session cookie \`${cookieName}\`; send it back with every other request.`,
        security: [],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: jsonSchemaOf(login._def.inputs[0], 'input') } },
        },
        responses: {
          ...success(jsonSchemaOf(login._def.output, 'output')),
          ...errors({ '401': 'E-mail or password is wrong.', '429': 'Too many attempts; wait.' }),
        },
      },
    };
  }
  for (const { path, summary, access } of ENDPOINTS) {
    const procedure = procedures[path];
    if (procedure) paths[`/trpc/${path}`] = operation(path, summary, access, procedure._def);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'trappen API: read-only endpoints',
      version: '1',
      description: [
        'The staircase, KPI aggregates and business-case evaluation over plain HTTP, for',
        'callers that do not use TypeScript (TypeScript callers: use @trappen/client).',
        '',
        'The API is tRPC over HTTP: a query is `GET /trpc/<procedure>?input=<JSON, URL-encoded>`,',
        'a mutation is `POST /trpc/<procedure>` with the input as the JSON body. A success is',
        '`{ "result": { "data": … } }`, a failure `{ "error": { "message", "code", "data": { "code", "httpStatus" } } }`',
        'with the HTTP status in `data.httpStatus`.',
        '',
        `Log in with \`POST /trpc/auth.login\` and send the session cookie \`${cookieName}\` back.`,
        '',
        'CSRF guard on every POST: the body must be sent with `Content-Type: application/json`',
        "(otherwise 415), and an `Origin` header, if sent, must be the server's own origin",
        '(otherwise 403). Server-side scripts send no `Origin`, so a POST with',
        '`Content-Type: application/json` passes the guard; without a session cookie the API',
        'then answers 401 (only `auth.login` is open to anonymous callers).',
      ].join('\n'),
    },
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: cookieName },
      },
      schemas: { Error: ErrorSchema },
    },
  };
}
