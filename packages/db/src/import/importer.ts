import type { Database } from '../database';
import { csvRecordBatches } from './csv-records';
import {
  type CellValue,
  type ImportColumn,
  type ImportProblem,
  parseCell,
  templateCsv,
} from './import-columns';

/** The kinds of file the console imports. */
export const IMPORT_KINDS = [
  'children',
  'interventions',
  'followUps',
  'assignments',
  'notifications',
] as const;

/** One of {@link IMPORT_KINDS}. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Whose data an import may touch, and what it checks codes against. */
export interface ImportScope {
  municipalityId: string;
  /** A team leader's team: cases and caseworkers outside it count as unknown. `null`: the whole municipality. */
  teamId: string | null;
  /** Intervention codes in the municipality's catalogue. */
  catalogue: ReadonlySet<string>;
  /** Who imports (recorded on imported follow-ups). */
  userId: string | null;
}

/** A data row whose every cell parsed, with its line in the file. */
export interface ImportRow<Row> {
  line: number;
  values: Row;
}

/** What a kind's write step did with one batch. */
export interface ImportWrite {
  /** Rows that added something new. */
  inserted: number;
  /** Cases whose interventions, follow-ups or caseworker changed (for their summaries). */
  caseIds: readonly string[];
}

/** A kind of import: its documented columns, its checks against the database and its writes. */
export interface ImporterDefinition<Row> {
  kind: ImportKind;
  columns: readonly ImportColumn[];
  /** Checks references (cases, codes, caseworkers) and rules between cells; writes nothing. */
  check(
    db: Database,
    scope: ImportScope,
    rows: readonly ImportRow<Row>[],
  ): Promise<ImportProblem[]>;
  /** Inserts a batch of checked rows, skipping those already present by their natural key. */
  write(db: Database, scope: ImportScope, rows: readonly Row[]): Promise<ImportWrite>;
}

/** The validation pass: how many data rows were read, the good ones, and every problem. */
export interface ImportValidation<Row> {
  read: number;
  rows: ImportRow<Row>[];
  problems: ImportProblem[];
}

/** What a committed import did. */
export interface ImportCounts {
  /** Data rows read (the header not counted). */
  read: number;
  inserted: number;
  /** Rows already present by their natural key (or repeated in the file). */
  skipped: number;
  /** Distinct cases touched. */
  caseIds: string[];
}

/** The file had problems, so nothing was written. */
export class ImportRejectedError extends Error {
  /** Every problem found. */
  readonly problems: readonly ImportProblem[];

  constructor(problems: readonly ImportProblem[]) {
    super(`import refused: ${problems.length} problem(s)`);
    this.name = 'ImportRejectedError';
    this.problems = problems;
  }
}

/** CSV text or a stream of chunks. */
export type CsvSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

const problem = (line: number, code: ImportProblem['code'], reason: string): ImportProblem => ({
  line,
  column: null,
  value: '',
  code,
  reason,
});

/** Column positions from the header, or the header's problems (missing required columns). */
function headerIndex(
  columns: readonly ImportColumn[],
  fields: readonly string[],
): { index: Map<string, number> } | { problems: ImportProblem[] } {
  // Spreadsheet programs often start a UTF-8 file with a byte-order mark.
  const header = fields.map((f, i) =>
    (i === 0 ? f.replace(/^\uFEFF/, '') : f).trim().toLowerCase(),
  );
  const missing = columns.filter((c) => c.required && !header.includes(c.name));
  if (missing.length > 0)
    return {
      problems: missing.map((c) => ({
        line: 1,
        column: c.name,
        value: '',
        code: 'missingColumn',
        reason: `the header has no column ${c.name}`,
      })),
    };
  return { index: new Map(columns.map((c) => [c.name, header.indexOf(c.name)])) };
}

/**
 * The source again, with its delimiter: a semicolon when the header line has semicolons
 * and no commas (how Danish spreadsheets save CSV), a comma otherwise.
 */
async function sniffDelimiter(
  source: CsvSource,
): Promise<{ chunks: AsyncIterable<string | Uint8Array>; delimiter: ',' | ';' }> {
  const iterator =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : (source as Iterable<string | Uint8Array>)[Symbol.iterator]();
  const first = await iterator.next();
  const text =
    first.done === true
      ? ''
      : typeof first.value === 'string'
        ? first.value
        : new TextDecoder().decode(first.value);
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  async function* chunks() {
    if (first.done === true) return;
    yield first.value;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next())
      yield next.value;
  }
  return { chunks: chunks(), delimiter };
}

/** Reads the file and checks every cell by its column type. */
async function parseRows<Row>(
  columns: readonly ImportColumn[],
  source: CsvSource,
): Promise<ImportValidation<Row>> {
  const rows: ImportRow<Row>[] = [];
  const problems: ImportProblem[] = [];
  let index: Map<string, number> | null = null;
  let line = 0;
  const { chunks, delimiter } = await sniffDelimiter(source);
  try {
    for await (const records of csvRecordBatches(chunks, delimiter)) {
      for (const fields of records) {
        line += 1;
        if (!index) {
          const header = headerIndex(columns, fields);
          if ('problems' in header) return { read: 0, rows: [], problems: header.problems };
          index = header.index;
          continue;
        }
        const values: Record<string, CellValue> = {};
        let ok = true;
        for (const column of columns) {
          const at = index.get(column.name) ?? -1;
          const cell = parseCell(column, (at < 0 ? '' : (fields[at] ?? '')).trim(), line);
          if ('problem' in cell) {
            problems.push(cell.problem);
            ok = false;
          } else values[column.name] = cell.value;
        }
        if (ok) rows.push({ line, values: values as Row });
      }
    }
  } catch (error) {
    problems.push(problem(line + 1, 'badCsv', (error as Error).message));
  }
  if (!index && problems.length === 0) problems.push(problem(1, 'emptyFile', 'the file is empty'));
  else if (line <= 1 && problems.length === 0)
    problems.push(problem(2, 'emptyFile', 'the file has a header but no rows'));
  return { read: Math.max(0, line - 1), rows, problems };
}

/**
 * The validation pass: every cell by its type, then the kind's checks against the
 * database, collecting every problem (sorted by line) and writing nothing.
 *
 * @example
 * ```ts
 * const { problems } = await validateImport(db, INTERVENTIONS_IMPORT, [csv], scope);
 * ```
 */
export async function validateImport<Row>(
  db: Database,
  importer: ImporterDefinition<Row>,
  source: CsvSource,
  scope: ImportScope,
): Promise<ImportValidation<Row>> {
  const parsed = await parseRows<Row>(importer.columns, source);
  const checked = parsed.rows.length > 0 ? await importer.check(db, scope, parsed.rows) : [];
  const bad = new Set(checked.map((p) => p.line));
  const problems = [...parsed.problems, ...checked].sort((a, b) => a.line - b.line);
  return { read: parsed.read, rows: parsed.rows.filter((r) => !bad.has(r.line)), problems };
}

/**
 * The commit pass: validates again (inside `tx`, so the checks see what the writes
 * will see), refuses the whole file with {@link ImportRejectedError} on any problem, and
 * otherwise writes it in batches. Run it inside a transaction: all or nothing.
 *
 * @example
 * ```ts
 * await db.transaction((tx) => commitImport(tx, CHILDREN_IMPORT, [csv], scope));
 * ```
 */
export async function commitImport<Row>(
  tx: Database,
  importer: ImporterDefinition<Row>,
  source: CsvSource,
  scope: ImportScope,
  batchSize = 1000,
): Promise<ImportCounts> {
  const { read, rows, problems } = await validateImport(tx, importer, source, scope);
  if (problems.length > 0) throw new ImportRejectedError(problems);
  let inserted = 0;
  const caseIds = new Set<string>();
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize).map((r) => r.values);
    const written = await importer.write(tx, scope, batch);
    inserted += written.inserted;
    for (const id of written.caseIds) caseIds.add(id);
  }
  return { read, inserted, skipped: read - inserted, caseIds: [...caseIds] };
}

/** The template file of a kind: its header and one example row. */
export const importTemplate = (importer: Pick<ImporterDefinition<unknown>, 'columns'>): string =>
  templateCsv(importer.columns);
