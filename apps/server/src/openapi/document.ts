import {
  appRouter,
  type PolicyRole,
  PUBLIC_PROCEDURES,
  ROLES,
  type Rule,
  ruleOf,
} from '@trappen/api';
import { type JsonSchema, jsonSchemaOf } from './json-schema';

/** What the document needs to know about a procedure (tRPC keeps its parsers on `_def`). */
interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: unknown[];
  output?: unknown;
}

const ROLE_NAMES: Record<PolicyRole, string> = {
  caseworker: 'caseworkers',
  teamLeader: 'team leaders',
  administrator: 'administrators',
  parent: 'parents',
  councilMember: 'council members',
};

/** Who may call a procedure, in words, from its rule in the API's policy. */
export function accessOf(rule: Rule): string {
  const roles =
    rule.roles.length === ROLES.length
      ? 'Any logged-in user'
      : rule.roles.map((role) => ROLE_NAMES[role]).join(', ');
  const who = roles.charAt(0).toUpperCase() + roles.slice(1);
  return rule.open ? `${who}; also open to anonymous callers.` : `${who}.`;
}

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

function operation(path: string, rule: Rule, def: ProcedureDef) {
  const input = def.inputs[0] === undefined ? undefined : jsonSchemaOf(def.inputs[0], 'input');
  const common = {
    operationId: path,
    summary: `${rule.summary} ${accessOf(rule)}`,
    security: rule.open ? [{}, { session: [] }] : [{ session: [] }],
    'x-access': { roles: rule.roles, scope: rule.scope, anonymous: rule.open === true },
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
 * The OpenAPI 3.1 description of every procedure, built from the tRPC router and the
 * API's policy, so the schemas cannot drift from what the server validates and returns
 * and the access stated is the access enforced.
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
  for (const [path, procedure] of Object.entries(procedures)) {
    const rule = ruleOf(path);
    if (path !== 'auth.login' && rule)
      paths[`/trpc/${path}`] = operation(path, rule, procedure._def);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'trappen API',
      version: '1',
      license: { name: 'MIT', identifier: 'MIT' },
      description: [
        'Every procedure of the API over plain HTTP, for callers that do not use TypeScript',
        '(TypeScript callers: use @trappen/client). Each operation says who may call it;',
        '`x-access` gives the roles and the scope of data the caller reaches.',
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
        `then answers 401 (only ${PUBLIC_PROCEDURES.map((p) => `\`${p}\``).join(' and ')} are open to anonymous callers).`,
      ].join('\n'),
    },
    servers: [{ url: '/', description: 'The server that serves this document.' }],
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: cookieName },
      },
      schemas: { Error: ErrorSchema },
    },
  };
}
