import type { JsonSchema } from './json-schema';

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;

const matchesType = (value: unknown, type: string): boolean =>
  type === 'number' ? typeof value === 'number' : typeOf(value) === type;

/**
 * Checks a value against the subset of JSON Schema the document uses (type, enum, const,
 * required, properties, additionalProperties, items, anyOf/oneOf, $ref to components) and
 * returns every mismatch as `path: problem`. Enough for tests; not a full validator.
 */
export function checkSchema(
  value: unknown,
  schema: JsonSchema,
  components: Record<string, JsonSchema> = {},
  path = '$',
): string[] {
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const target = components[ref.replace('#/components/schemas/', '')];
    return target ? checkSchema(value, target, components, path) : [`${path}: unknown $ref ${ref}`];
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) {
    const ok = alternatives.some(
      (option) => checkSchema(value, option, components, path).length === 0,
    );
    return ok ? [] : [`${path}: matches none of ${alternatives.length} alternatives`];
  }
  const problems: string[] = [];
  const types = schema.type === undefined ? [] : [schema.type].flat().map(String);
  if (types.length > 0 && !types.some((type) => matchesType(value, type)))
    return [`${path}: expected ${types.join(' or ')}, got ${typeOf(value)}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ('const' in schema && schema.const !== value)
    problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? [])
      if (!(key in record)) problems.push(`${path}: missing required property ${key}`);
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [key, child] of Object.entries(record)) {
      const own = properties[key];
      const extra = schema.additionalProperties;
      if (own) problems.push(...checkSchema(child, own, components, `${path}.${key}`));
      else if (extra === false) problems.push(`${path}: unexpected property ${key}`);
      else if (typeof extra === 'object' && extra !== null)
        problems.push(...checkSchema(child, extra as JsonSchema, components, `${path}.${key}`));
    }
  }
  if (Array.isArray(value) && typeof schema.items === 'object' && schema.items !== null) {
    value.forEach((item, index) => {
      problems.push(
        ...checkSchema(item, schema.items as JsonSchema, components, `${path}[${index}]`),
      );
    });
  }
  return problems;
}
