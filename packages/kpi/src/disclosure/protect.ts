import type { ValidationIssue } from '@trappen/staircase';
import { solve } from 'yalps';
import { KpiError } from '../errors';
import { checkCount, thresholdOf } from './cell';

/** How an entry of a set of linked tables is published. */
export type EntryStatus = 'value' | 'suppressed' | 'hidden';

/** A sum a reader can check: `entries[total] = Σ entries[parts]`. */
export interface LinkedSum {
  total: number;
  parts: readonly number[];
}

/**
 * Tables published together, as one list of entries (cells and totals, each a count
 * of children) and the sums between them that a reader can use: the row, column and
 * grand totals of each table, and the links between tables (a year's cell is the sum
 * of its quarters' cells).
 */
export interface LinkedTables {
  /** Every entry's true count. */
  values: readonly number[];
  /** The sums between entries. */
  sums: readonly LinkedSum[];
  /**
   * What it costs to hide an entry to protect another (lower is hidden first): inner
   * cells before totals, quarters before years. Ties go to the smaller count.
   */
  costs: readonly number[];
  /**
   * Entries that are not published at all (e.g. the inner cells of a table of which
   * only the margins are shown): unknown to a reader, never suppressed or hidden.
   */
  unpublished?: ReadonlySet<number>;
}

/**
 * The interval a reader can work out for a hidden entry from everything published:
 * every visible entry, every sum, and what the marks tell: a "<5" entry is at least 1
 * (zeros are always shown) and a "skjult" entry at least the threshold (every count
 * of 1 to `threshold − 1` is "<5"). The upper end is `Infinity` when nothing bounds it.
 * Solved as two linear programmes (the tables' sums are integral, so for one
 * two-way table the bounds are the integer bounds too).
 *
 * @example
 * ```ts
 * // 14 + a + b = 16, a and b "<5": both are exactly 1.
 * intervalOf({ values: [14, 1, 1, 16], sums: [{ total: 3, parts: [0, 1, 2] }], costs: [0, 0, 0, 1] },
 *   ['value', 'suppressed', 'suppressed', 'value'], 1, 5); // [1, 1]
 * ```
 *
 * @throws {KpiError} listing every value that is not a count, sum term or `entry`
 * that is no entry, cost that is not finite, unknown status, and a bad threshold.
 */
export function intervalOf(
  tables: LinkedTables,
  status: readonly EntryStatus[],
  entry: number,
  threshold: number,
): [number, number] {
  const checked = thresholdOf({ threshold });
  checkLinkedTables(tables);
  const issues: ValidationIssue[] = [];
  if (status.length !== tables.values.length)
    issues.push({
      path: ['status'],
      message: `must have one status per entry (${tables.values.length})`,
      value: status.length,
    });
  status.forEach((s, i) => {
    if (s !== 'value' && s !== 'suppressed' && s !== 'hidden')
      issues.push({
        path: ['status', i],
        message: 'must be value, suppressed or hidden',
        value: s,
      });
  });
  if (!isEntry(entry, tables.values.length))
    issues.push({ path: ['entry'], message: 'must be the index of an entry', value: entry });
  if (issues.length > 0) throw new KpiError(issues, 'Invalid linked tables');
  return boundsOf(tables, status, entry, checked);
}

function isEntry(value: unknown, count: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) < count;
}

/**
 * Throws a {@link KpiError} listing every problem: values that are not counts, sums
 * over entries that do not exist, costs that are not finite. O(entries + sum terms),
 * once per call of the boundary (not per linear programme). Internal.
 */
export function checkLinkedTables(tables: LinkedTables): void {
  const issues: ValidationIssue[] = [];
  const n = tables.values.length;
  tables.values.forEach((value, i) => {
    if (!Number.isSafeInteger(value) || value < 0)
      issues.push({
        path: ['values', i],
        message: 'must be a count: a whole number of at least 0',
        value,
      });
  });
  tables.sums.forEach((sum, s) => {
    if (!isEntry(sum.total, n))
      issues.push({
        path: ['sums', s, 'total'],
        message: 'must be the index of an entry',
        value: sum.total,
      });
    sum.parts.forEach((part, k) => {
      if (!isEntry(part, n))
        issues.push({
          path: ['sums', s, 'parts', k],
          message: 'must be the index of an entry',
          value: part,
        });
    });
  });
  tables.costs.forEach((cost, i) => {
    if (!Number.isFinite(cost))
      issues.push({ path: ['costs', i], message: 'must be a finite number', value: cost });
  });
  if (issues.length > 0) throw new KpiError(issues, 'Invalid linked tables');
}

/** {@link intervalOf} on checked tables (called once per linear programme). */
function boundsOf(
  tables: LinkedTables,
  status: readonly EntryStatus[],
  entry: number,
  threshold: number,
): [number, number] {
  const name = (i: number) => `x${i}`;
  const constraints = new Map<string, { equal?: number; min?: number }>();
  const variables = new Map<string, Map<string, number>>();
  const unknown = (i: number) => status[i] !== 'value' || tables.unpublished?.has(i) === true;
  const variable = (i: number) => {
    let v = variables.get(name(i));
    if (!v) {
      v = new Map();
      variables.set(name(i), v);
      const min = tables.unpublished?.has(i) ? 0 : status[i] === 'hidden' ? threshold : 1;
      constraints.set(`b${i}`, { min });
      v.set(`b${i}`, 1);
    }
    return v;
  };
  // Only the sums reachable from the entry through unknown entries bound it.
  const sumsOf = new Map<number, number[]>();
  tables.sums.forEach((sum, s) => {
    for (const i of [sum.total, ...sum.parts]) {
      if (!unknown(i)) continue;
      const list = sumsOf.get(i);
      if (list) list.push(s);
      else sumsOf.set(i, [s]);
    }
  });
  const reached = new Set<number>();
  const queue = [entry];
  const seen = new Set([entry]);
  while (queue.length > 0) {
    const i = queue.pop() as number;
    for (const s of sumsOf.get(i) ?? []) {
      if (reached.has(s)) continue;
      reached.add(s);
      const sum = tables.sums[s] as LinkedSum;
      for (const j of [sum.total, ...sum.parts]) {
        if (unknown(j) && !seen.has(j)) {
          seen.add(j);
          queue.push(j);
        }
      }
    }
  }
  for (const s of reached) {
    const sum = tables.sums[s] as LinkedSum;
    const terms: [number, number][] = [
      [sum.total, -1],
      ...sum.parts.map((p) => [p, 1] as [number, number]),
    ];
    let known = 0;
    let unknowns = 0;
    let own = 0;
    for (const [i, coefficient] of terms) {
      if (!unknown(i)) known += coefficient * (tables.values[i] ?? 0);
      else {
        unknowns += 1;
        if (i === entry) own = coefficient;
      }
    }
    // The entry alone in a sum: the reader computes it exactly.
    if (unknowns === 1 && own !== 0) return [-known / own, -known / own];
    constraints.set(`s${s}`, { equal: -known });
    for (const [i, coefficient] of terms) {
      if (unknown(i)) {
        const v = variable(i);
        v.set(`s${s}`, (v.get(`s${s}`) ?? 0) + coefficient);
      }
    }
  }
  variable(entry).set('objective', 1);
  const bound = (direction: 'minimize' | 'maximize'): number => {
    const solution = solve({ direction, objective: 'objective', constraints, variables });
    if (solution.status === 'unbounded') return direction === 'maximize' ? Infinity : -Infinity;
    if (solution.status !== 'optimal') {
      // The true counts always satisfy the sums, so this is a solver failure: say the
      // entry is exposed, which makes the caller hide more (never less).
      const own = tables.values[entry] ?? 0;
      return own;
    }
    return solution.result;
  };
  return [bound('minimize'), bound('maximize')];
}

/** How many of the cheapest candidates are tried for one exposed entry before the cheapest is taken. */
const TRIED_CANDIDATES = 4;

/** True when a reader cannot narrow the entry to an interval narrower than the threshold. */
function isProtected(
  tables: LinkedTables,
  status: readonly EntryStatus[],
  entry: number,
  threshold: number,
): boolean {
  const [low, high] = boundsOf(tables, status, entry, threshold);
  return high - low >= threshold - 1e-6;
}

/**
 * Disclosure control for tables published together (the boundary's core):
 *
 * 1. **Primary**: every entry of 1 to `threshold − 1` is suppressed ("<5"). Zeros are
 *    shown: they describe no child. So a reader knows every hidden entry is at least 1.
 * 2. **Secondary**: while some hidden entry can be narrowed, from the visible entries,
 *    all the sums and those bounds, to an interval narrower than `threshold`
 *    ({@link intervalOf}), another non-zero entry that shares a sum with it is hidden
 *    ("skjult"): the cheapest one that protects it on its own, else the cheapest one.
 *
 * Ends with every hidden entry protected: at worst every non-zero entry is hidden, and
 * then nothing bounds any of them from above.
 *
 * @example
 * ```ts
 * protectTables({ values: [14, 1, 1, 16], sums: [{ total: 3, parts: [0, 1, 2] }], costs: [0, 0, 0, 1] });
 * // ['hidden', 'suppressed', 'suppressed', 'value']: 14 hidden (≥ 5) leaves a in 1…10
 * ```
 *
 * @throws {KpiError} as {@link intervalOf}, checked once before the linear programmes.
 */
export function protectTables(tables: LinkedTables, threshold = 5): EntryStatus[] {
  thresholdOf({ threshold });
  checkLinkedTables(tables);
  const { values, sums, costs } = tables;
  const shown = (i: number) => tables.unpublished?.has(i) !== true;
  const status: EntryStatus[] = values.map((v, i) =>
    shown(i) && v > 0 && v < threshold ? 'suppressed' : 'value',
  );
  const neighbours: Set<number>[] = values.map(() => new Set());
  for (const sum of sums) {
    const members = [sum.total, ...sum.parts];
    for (const a of members) for (const b of members) if (a !== b) neighbours[a]?.add(b);
  }
  const order = (a: number, b: number) =>
    (costs[a] ?? 0) - (costs[b] ?? 0) || (values[a] ?? 0) - (values[b] ?? 0) || a - b;
  const candidatesFor = (entry: number): number[] => {
    const visible = (i: number) => shown(i) && status[i] === 'value' && (values[i] ?? 0) > 0;
    const near = [...(neighbours[entry] ?? [])].filter(visible).sort(order);
    if (near.length > 0) return near;
    return values
      .map((_, i) => i)
      .filter(visible)
      .sort(order);
  };
  // Hiding more only widens every interval (a hidden entry's true value stays
  // feasible), so an entry once protected stays protected.
  const safe = new Set<number>();
  for (;;) {
    const exposed = status.findIndex((s, i) => {
      if (s === 'value' || safe.has(i)) return false;
      if (isProtected(tables, status, i, threshold)) {
        safe.add(i);
        return false;
      }
      return true;
    });
    if (exposed < 0) return status;
    const candidates = candidatesFor(exposed);
    if (candidates.length === 0) return status;
    // The few cheapest are tried (each try is two small linear programmes).
    const enough = candidates.slice(0, TRIED_CANDIDATES).find((c) => {
      status[c] = 'hidden';
      const ok = isProtected(tables, status, exposed, threshold);
      status[c] = 'value';
      return ok;
    });
    status[enough ?? (candidates[0] as number)] = 'hidden';
  }
}

/**
 * Builds {@link LinkedTables} one two-way table at a time, with its margins, and
 * links between entries of different tables.
 *
 * @example
 * ```ts
 * const set = new TableSet();
 * const q1 = set.table([[3, 10]]);
 * ```
 *
 * Its methods throw a {@link KpiError} for a count that is not a count, a cost that is
 * not finite, a ragged table or a link to an entry the set does not have.
 */
export class TableSet {
  readonly values: number[] = [];
  readonly sums: LinkedSum[] = [];
  readonly costs: number[] = [];
  readonly unpublished = new Set<number>();

  /** Marks entries a reader never sees (see {@link LinkedTables.unpublished}). */
  unpublish(entries: Iterable<number>): void {
    for (const e of entries) this.unpublished.add(e);
  }

  /** Adds one entry (a count) on its own; tie it to others with {@link link}. */
  entry(value: number, cost: number): number {
    checkCount(value, ['value']);
    checkCost(cost);
    this.values.push(value);
    this.costs.push(cost);
    return this.values.length - 1;
  }

  /**
   * Adds a table `counts[row][column]` with its row totals, column totals and grand
   * total; `cost` is added to every entry's cost (e.g. to hide years after quarters).
   */
  table(counts: readonly (readonly number[])[], cost = 0): TableEntries {
    checkCost(cost);
    const R = counts.length;
    const C = counts[0]?.length ?? 0;
    const issues: ValidationIssue[] = [];
    counts.forEach((row, r) => {
      if (row.length !== C)
        issues.push({
          path: ['counts', r],
          message: `must have ${C} counts, like the first row`,
          value: row.length,
        });
      row.forEach((value, c) => {
        if (!Number.isSafeInteger(value) || value < 0)
          issues.push({
            path: ['counts', r, c],
            message: 'must be a count: a whole number of at least 0',
            value,
          });
      });
    });
    if (issues.length > 0) throw new KpiError(issues, 'Invalid count table');
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    const grand = sum(counts.map(sum));
    // A one-row (one-column) table's column (row) totals are its cells, and its one
    // row (column) total is the grand total: the same figure, one entry.
    if (R === 1 && C === 1) {
      const only = this.entry(grand, cost);
      return { cells: [[only]], rowTotals: [only], columnTotals: [only], total: only };
    }
    const cells = counts.map((row) => row.map((v) => this.entry(v, cost)));
    const total = this.entry(grand, cost + 2);
    const rowTotals =
      C === 1
        ? cells.map((row) => row[0] as number)
        : R === 1
          ? [total]
          : counts.map((row) => this.entry(sum(row), cost + 1));
    const columnTotals =
      R === 1
        ? (cells[0] ?? [])
        : C === 1
          ? [total]
          : Array.from({ length: C }, (_, j) =>
              this.entry(sum(counts.map((row) => row[j] ?? 0)), cost + 1),
            );
    if (C > 1) for (const [i, row] of cells.entries()) this.link(rowTotals[i] as number, row);
    if (R > 1)
      for (let j = 0; j < C; j += 1)
        this.link(
          columnTotals[j] as number,
          cells.map((row) => row[j] as number),
        );
    if (R > 1 && C > 1) this.link(total, rowTotals);
    return { cells, rowTotals, columnTotals, total };
  }

  /** Says that entry `total` is the sum of `parts` (e.g. a year of its quarters). */
  link(total: number, parts: readonly number[]): void {
    const n = this.values.length;
    const issues: ValidationIssue[] = [];
    if (!isEntry(total, n))
      issues.push({ path: ['total'], message: 'must be an entry of the set', value: total });
    parts.forEach((part, k) => {
      if (!isEntry(part, n))
        issues.push({ path: ['parts', k], message: 'must be an entry of the set', value: part });
    });
    if (issues.length > 0) throw new KpiError(issues, 'Invalid link');
    this.sums.push({ total, parts });
  }
}

function checkCost(cost: number): void {
  if (!Number.isFinite(cost))
    throw new KpiError(
      [{ path: ['cost'], message: 'must be a finite number', value: cost }],
      'Invalid cost',
    );
}

/** Where a table's entries are in its {@link TableSet}. */
export interface TableEntries {
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}
