/**
 * A PostgreSQL array literal of text values (`{"a","b",NULL}`), to pass a column of a
 * batch as one text parameter cast to a typed array (`$1::date[]`) and read back with
 * `unnest`: both drivers take it, and the server parses it faster than a JSON document.
 * Every element is quoted, so commas, braces, spaces and the word NULL stay text.
 *
 * @example
 * ```ts
 * arrayLiteral(['Familiehuset, Nord', null]); // '{"Familiehuset, Nord",NULL}'
 * ```
 */
export function arrayLiteral(values: readonly (string | number | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) out += ',';
    const value = values[i];
    if (value === null || value === undefined) out += 'NULL';
    else if (typeof value === 'number') out += String(value);
    else out += `"${NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, '\\$&') : value}"`;
  }
  return `${out}}`;
}

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;
