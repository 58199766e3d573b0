import { isIsoDate } from '@trappen/staircase';
import { isStorableYear, STORABLE_YEARS, unstorableText } from '../storable';

/** What a CSV cell holds and how it is checked. */
export type ImportColumnType =
  | { kind: 'text'; maxLength: number; pattern?: RegExp; patternHint?: string }
  | { kind: 'uuid' }
  | { kind: 'date' }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'email' }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: readonly string[] };

/** One documented column of an import file. */
export interface ImportColumn {
  /** Header name, lower case with underscores. */
  name: string;
  type: ImportColumnType;
  required: boolean;
  /** What the column means, for the documentation and the console. */
  description: { da: string; en: string };
  /** The value in the template's example row. */
  example: string;
  /** Personal identifiers (CPR) are never echoed back in problem reports. */
  secret?: boolean;
}

/** The `case_id` column of the interventions, follow-ups and assignments files. */
export const CASE_ID_COLUMN: ImportColumn = {
  name: 'case_id',
  type: { kind: 'uuid' },
  required: true,
  description: {
    da: 'Sagens id (fra børneimporten eller sagens adresse i konsollen)',
    en: "The case's id (from the children import or the case's address in the console)",
  },
  example: '3f2b8c1e-5d4a-4b7e-9c1f-2a6d8e0b4c71',
};

/** Why a row or cell was refused; the console words each code in Danish and English. */
export type ImportProblemCode =
  | 'badCsv'
  | 'emptyFile'
  | 'missingColumn'
  | 'required'
  | 'tooLong'
  | 'invalidFormat'
  | 'invalidCharacters'
  | 'invalidUuid'
  | 'invalidDate'
  | 'invalidNumber'
  | 'outOfRange'
  | 'invalidEmail'
  | 'invalidBoolean'
  | 'invalidChoice'
  | 'endBeforeStart'
  | 'notAfter'
  | 'unknownCase'
  | 'unknownCode'
  | 'unknownCaseworker'
  | 'unknownIntervention'
  | 'caseTaken'
  | 'childOutsideTeam'
  | 'conflictInFile'
  | 'unknownChild'
  | 'idTaken';

/** One bad cell or row: where it is, what it held and why it was refused. */
export interface ImportProblem {
  /** Line in the file (the header is line 1). */
  line: number;
  /** The column, or `null` when the whole row or file is at fault. */
  column: string | null;
  /** The cell as written (masked for secret columns). */
  value: string;
  code: ImportProblemCode;
  /** The reason in English; the console shows its own wording of `code`. */
  reason: string;
}

/** A parsed cell: text, number, yes/no, or `null` for an empty optional cell. */
export type CellValue = string | number | boolean | null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const YES = new Set(['ja', 'yes', 'true', '1', 'j', 'y']);
const NO = new Set(['nej', 'no', 'false', '0', 'n']);

type Parsed = { value: CellValue } | { code: ImportProblemCode; reason: string };

function parseTyped(type: ImportColumnType, raw: string): Parsed {
  switch (type.kind) {
    case 'text':
      if (raw.length > type.maxLength)
        return { code: 'tooLong', reason: `must be at most ${type.maxLength} characters` };
      if (type.pattern && !type.pattern.test(raw))
        return { code: 'invalidFormat', reason: `must be written as ${type.patternHint}` };
      return { value: raw };
    case 'uuid':
      return UUID.test(raw)
        ? { value: raw.toLowerCase() }
        : { code: 'invalidUuid', reason: 'must be an id (UUID)' };
    case 'date':
      if (!isIsoDate(raw))
        return { code: 'invalidDate', reason: 'must be a calendar date written as YYYY-MM-DD' };
      return isStorableYear(raw)
        ? { value: raw }
        : {
            code: 'outOfRange',
            reason: `must be a date from ${STORABLE_YEARS.from} to ${STORABLE_YEARS.to}`,
          };
    case 'number': {
      const n = Number(raw.replace(',', '.'));
      if (!/^-?\d+([.,]\d+)?$/.test(raw) || !Number.isFinite(n))
        return { code: 'invalidNumber', reason: 'must be a number, e.g. 1250.50' };
      if (n < type.min || n > type.max)
        return { code: 'outOfRange', reason: `must be between ${type.min} and ${type.max}` };
      return { value: n };
    }
    case 'email':
      return raw.length <= 254 && EMAIL.test(raw)
        ? { value: raw.toLowerCase() }
        : { code: 'invalidEmail', reason: 'must be an e-mail address' };
    case 'boolean': {
      const v = raw.toLowerCase();
      if (YES.has(v)) return { value: true };
      if (NO.has(v)) return { value: false };
      return { code: 'invalidBoolean', reason: 'must be ja/nej (yes/no)' };
    }
    case 'choice':
      return type.options.includes(raw)
        ? { value: raw }
        : { code: 'invalidChoice', reason: `must be one of ${type.options.join(', ')}` };
  }
}

/** The value of a secret column as a problem report shows it. */
export const maskedValue = (column: ImportColumn, raw: string): string =>
  column.secret && raw !== '' ? '•'.repeat(Math.min(raw.length, 10)) : raw;

/**
 * Parses one trimmed cell by its column, or names the problem with it. An empty cell is
 * `null` when the column is optional and a `required` problem otherwise.
 */
export function parseCell(
  column: ImportColumn,
  raw: string,
  line: number,
): { value: CellValue } | { problem: ImportProblem } {
  if (raw === '') {
    if (!column.required) return { value: null };
    return {
      problem: { line, column: column.name, value: '', code: 'required', reason: 'is required' },
    };
  }
  // What the database cannot store is refused here, so a dry run reports what a run would refuse.
  const unstorable = unstorableText(raw);
  const parsed: Parsed = unstorable
    ? { code: 'invalidCharacters', reason: unstorable }
    : parseTyped(column.type, raw);
  if ('value' in parsed) return parsed;
  return {
    problem: {
      line,
      column: column.name,
      value: maskedValue(column, raw),
      code: parsed.code,
      reason: `${column.name} ${parsed.reason}`,
    },
  };
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A template file for the columns: the header and one example row, CRLF-terminated.
 *
 * @example
 * ```ts
 * templateCsv(CHILDREN_IMPORT.columns); // 'child_reference,name,…\r\nB-10001,…\r\n'
 * ```
 */
export function templateCsv(columns: readonly ImportColumn[]): string {
  const header = columns.map((c) => c.name).join(',');
  const example = columns.map((c) => csvField(c.example)).join(',');
  return `${header}\r\n${example}\r\n`;
}
