import type { ChildHistory, CostedInterventionRecord } from '@trappen/savings';
import { CliError } from '../cli-error';
import { parseCsv } from '../input/csv';

/** Where each intervention came from in the CSV, to point at the right cell. */
export interface HistoryCsvMap {
  /** CSV line of `histories[child].interventions[index]`, as `lines[child][index]`. */
  lines: number[][];
  /** CSV column of each field (`childId`, `code`, `start`, `end`, `dailyRate`). */
  columns: Record<string, number>;
}

const fields: Record<string, keyof CostedInterventionRecord | 'childId'> = {
  childid: 'childId',
  code: 'code',
  start: 'start',
  end: 'end',
  dailyrate: 'dailyRate',
};

/**
 * Reads children's intervention histories from CSV: a header with `child_id`, `code`,
 * `start` and optionally `end` and `daily_rate` (any order and case), then one row per
 * intervention. Dates are `YYYY-MM-DD`; an empty `end` is an ongoing intervention; an
 * empty `daily_rate` falls back to the catalogue's rate. Rows of one child need not be
 * adjacent.
 */
export function historiesFromCsv(
  text: string,
  source: string,
): { histories: ChildHistory[]; map: HistoryCsvMap } {
  const [header, ...rows] = parseCsv(text, source);
  if (!header) throw new CliError(`${source}: the file is empty`);
  const columns: Record<string, number> = {};
  const problems: string[] = [];
  for (const cell of header.cells) {
    const field =
      fields[
        cell.value
          .trim()
          .toLowerCase()
          .replace(/[\s_-]+/g, '')
      ];
    if (field) columns[field] = cell.column;
    else
      problems.push(
        `${source}: line ${header.line}, column ${cell.column}: unknown column "${cell.value}" (expected child_id, code, start, end, daily_rate)`,
      );
  }
  for (const [field, name] of [
    ['childId', 'child_id'],
    ['code', 'code'],
    ['start', 'start'],
  ] as const) {
    if (columns[field] === undefined)
      problems.push(`${source}: line ${header.line}: missing column "${name}"`);
  }
  if (problems.length > 0) throw new CliError(problems.join('\n'));

  const byChild = new Map<string, { history: ChildHistory; lines: number[] }>();
  for (const row of rows) {
    const value = (field: string) =>
      columns[field] === undefined
        ? ''
        : (row.cells[(columns[field] as number) - 1]?.value.trim() ?? '');
    const childId = value('childId');
    if (childId === '') {
      problems.push(`${source}: line ${row.line}, column ${columns.childId}: child_id is empty`);
      continue;
    }
    const record: CostedInterventionRecord = { code: value('code'), start: value('start') };
    if (value('end') !== '') record.end = value('end');
    const rate = value('dailyRate');
    if (rate !== '') {
      if (/^\d+(\.\d+)?$/.test(rate)) record.dailyRate = Number(rate);
      else
        problems.push(
          `${source}: line ${row.line}, column ${columns.dailyRate}: daily_rate must be a non-negative amount in DKK, got "${rate}"`,
        );
    }
    const entry = byChild.get(childId) ?? { history: { childId, interventions: [] }, lines: [] };
    (entry.history.interventions as CostedInterventionRecord[]).push(record);
    entry.lines.push(row.line);
    byChild.set(childId, entry);
  }
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  const entries = [...byChild.values()];
  return {
    histories: entries.map((entry) => entry.history),
    map: { lines: entries.map((entry) => entry.lines), columns },
  };
}
