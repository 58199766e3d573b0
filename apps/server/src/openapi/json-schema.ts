import { z } from 'zod';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) as plain data. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of a procedure's zod parser, for what goes in (`input`) or comes out
 * (`output`); anything zod cannot describe becomes `{}` (any value).
 */
export function jsonSchemaOf(parser: unknown, io: 'input' | 'output'): JsonSchema {
  if (!(parser instanceof z.ZodType)) return {};
  const { $schema: _dialect, ...schema } = z.toJSONSchema(parser, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return schema;
}
