/**
 * Streams CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF; comma-separated, or
 * semicolon-separated as Danish spreadsheets write it) into records,
 * yielding every record completed by each chunk at once, so a large file is never held
 * in memory and the per-record overhead stays low.
 *
 * @example
 * ```ts
 * for await (const records of csvRecordBatches(createReadStream('x.csv'))) {
 *   for (const fields of records) console.log(fields);
 * }
 * ```
 */
export async function* csvRecordBatches(
  source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  delimiter: ',' | ';' = ',',
): AsyncGenerator<string[][]> {
  const separator = delimiter.charCodeAt(0);
  const decoder = new TextDecoder();
  let field = '';
  let record: string[] = [];
  let quoted = false;
  // After a closing quote: a doubled quote continues the field, anything else ends the quoting.
  let quoteSeen = false;
  let pendingCr = false;
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const done: string[][] = [];
    let start = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c !== 34) continue;
        field += text.slice(start, i);
        start = i + 1;
        quoted = false;
        quoteSeen = true;
        continue;
      }
      if (c === 34) {
        // A quote right after a closing quote is an escaped quote inside the field.
        if (quoteSeen) field += '"';
        field += text.slice(start, i);
        start = i + 1;
        quoted = true;
        quoteSeen = false;
        continue;
      }
      quoteSeen = false;
      if (c === separator) {
        record.push(field + text.slice(start, i));
        field = '';
        start = i + 1;
      } else if (c === 10 || c === 13) {
        if (c === 10 && pendingCr && start === i && field === '' && record.length === 0) {
          pendingCr = false;
          start = i + 1;
          continue;
        }
        record.push(field + text.slice(start, i));
        field = '';
        start = i + 1;
        if (!(record.length === 1 && record[0] === '')) done.push(record);
        record = [];
        pendingCr = c === 13;
        continue;
      }
      pendingCr = false;
    }
    field += text.slice(start);
    if (done.length > 0) yield done;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) yield [[...record, field]];
}
