/** Deepest nesting of arrays and objects a JSON request body may have. */
export const MAX_JSON_DEPTH = 64;

const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether the JSON text in `body` nests arrays and objects deeper than `max`. A linear
 * scan of the bytes (brackets inside strings do not count), so it runs before parsing:
 * a body nested 40,000 deep would otherwise overflow the stack where the API copies it.
 */
export function nestedTooDeep(body: Uint8Array, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      depth += 1;
      if (depth > max) return true;
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) depth -= 1;
  }
  return false;
}

/** The error `express.json`'s `verify` throws for a body nested too deeply (answered as 400). */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  constructor() {
    super(`The request body is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  }
}

/** `verify` option for `express.json`: refuses bodies nested deeper than {@link MAX_JSON_DEPTH}. */
export function refuseDeepJson(_req: unknown, _res: unknown, body: Buffer): void {
  if (nestedTooDeep(body)) throw new JsonTooDeepError();
}
