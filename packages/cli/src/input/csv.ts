import { CliError } from '../cli-error';

/**
 * One cell of a CSV file with where it was found (both 1-based).
 *
 * @example
 * ```ts
 * const cell: CsvCell = parseCsv('a,b')[0]!.cells[1]!; // { value: 'b', line: 1, column: 2 }
 * ```
 */
export interface CsvCell {
  /** The unquoted text of the cell. */
  value: string;
  /** Line in the file where the cell starts. */
  line: number;
  /** Column (field number, from 1) of the cell in its record. */
  column: number;
}

/**
 * One record of a CSV file: its cells and the line where it starts.
 *
 * @example
 * ```ts
 * const [header]: CsvRecord[] = parseCsv('label,2016\n');
 * ```
 */
export interface CsvRecord {
  line: number;
  cells: CsvCell[];
}

/**
 * Parses CSV text (RFC 4180): comma-separated fields, fields in double quotes may
 * contain commas, line breaks and doubled quotes (`""`); LF and CRLF line ends; a
 * leading byte-order mark is ignored. Blank lines are skipped. Throws a `CliError`
 * naming the line and column of an unterminated quote or a stray quote.
 *
 * @example
 * ```ts
 * parseCsv('label,amount\r\n"Tool, licence",75000\r\n')[1]?.cells[0]?.value; // 'Tool, licence'
 * ```
 */
export function parseCsv(text: string, source = 'CSV'): CsvRecord[] {
  const records: CsvRecord[] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: CsvCell[] = [];
  let recordLine = 1;
  const fail = (at: number, column: number, message: string): never => {
    throw new CliError(`${source}: line ${at}, column ${column}: ${message}`);
  };
  const endRecord = () => {
    const blank = cells.length === 1 && cells[0]?.value === '';
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
  };
  while (index <= text.length) {
    const column = cells.length + 1;
    const cellLine = line;
    if (cells.length === 0) recordLine = line;
    let value = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) fail(cellLine, column, 'a quoted field is never closed');
        const char = text[index] as string;
        if (char === '"') {
          if (text[index + 1] === '"') {
            value += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (char === '\n') line += 1;
        value += char;
        index += 1;
      }
      const next = text[index];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        fail(line, column, 'unexpected text after a closing quote (write "" for a quote inside)');
      }
    } else {
      while (index < text.length && !',\r\n'.includes(text[index] as string)) {
        if (text[index] === '"') {
          fail(line, column, 'a quote inside an unquoted field (quote the whole field)');
        }
        value += text[index];
        index += 1;
      }
    }
    cells.push({ value, line: cellLine, column });
    const separator = text[index];
    if (separator === ',') {
      index += 1;
      continue;
    }
    endRecord();
    if (separator === undefined) break;
    index += separator === '\r' && text[index + 1] === '\n' ? 2 : 1;
    line += 1;
    if (index === text.length) break;
  }
  return records;
}
