import fc from 'fast-check';

/** SQL-injection payloads aimed at string filters and ids. */
export const SQL_INJECTION = [
  "' OR '1'='1",
  "'; DROP TABLE audit_log; --",
  "1; UPDATE users SET role='administrator' --",
  "x' UNION SELECT password_hash FROM users --",
  "%' OR 1=1 --",
  "\\'; select pg_sleep(5); --",
];

/** CR/LF and control characters meant to split headers or forge log lines. */
export const CRLF = [
  'a\r\nSet-Cookie: __Host-trappen_session=evil',
  'line\n[00000000-0000] forged log entry',
  '\u0000\u0008\u001b[31m',
  '\u2028\u2029\ufeff',
];

/** Strings that look like dates and are not real days. */
export const INVALID_DATES = [
  '2025-02-30',
  '2025-13-01',
  '2025-1-1',
  '99999-01-01',
  '',
  '2025-06-31T00:00:00Z',
  'yesterday',
];

/** Hostile strings of every kind, including long ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SQL_INJECTION, ...CRLF, ...INVALID_DATES),
  fc.string({ minLength: 3000, maxLength: 6000 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** A value of the wrong JSON type for a field whose valid sample is `sample`. */
export const wrongTypeFor = (sample: unknown): fc.Arbitrary<unknown> => {
  const all: fc.Arbitrary<unknown>[] = [
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true }),
    fc.integer(),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.array(fc.string(), { minLength: 2000, maxLength: 2500 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })),
    fc.constant({ __proto__: { role: 'administrator' } }),
    fc.string({ maxLength: 20 }),
  ];
  const kind = Array.isArray(sample) ? 'array' : sample === null ? 'null' : typeof sample;
  const keep = all.filter((_, i) => {
    if (kind === 'string') return i !== 8;
    if (kind === 'number') return i !== 2 && i !== 3;
    if (kind === 'boolean') return i !== 1;
    if (kind === 'array') return i !== 4 && i !== 5;
    if (kind === 'object') return i !== 6 && i !== 7;
    // A field whose sample is null takes null: sending it again is no wrong type.
    if (kind === 'null') return i !== 0;
    return true;
  });
  return fc.oneof(...keep);
};
