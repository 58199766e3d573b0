import type { ValidationIssue } from '@trappen/staircase';
import { KpiError } from '../errors';
import type { BoardContext, BoardRows } from './rows';

type Path = (string | number)[];

/** The largest amount of money (DKK) or load the board takes; larger is a data error. */
const MAX_AMOUNT = 1e15;

/** Collects issues in the style of `checkCount`: path, reason, value. */
class Issues {
  readonly list: ValidationIssue[] = [];

  count(value: unknown, path: Path): void {
    if (!Number.isSafeInteger(value) || (value as number) < 0)
      this.list.push({ path, message: 'must be a count: a whole number of at least 0', value });
  }

  /** A finite number from `min` to {@link MAX_AMOUNT}. */
  amount(value: unknown, path: Path, min: number): void {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_AMOUNT)
      this.list.push({
        path,
        message: `must be a finite number from ${min} to ${MAX_AMOUNT}`,
        value,
      });
  }

  label(value: unknown, path: Path): void {
    if (typeof value !== 'string' || value.length === 0 || value.length > 64)
      this.list.push({ path, message: 'must be a label of 1 to 64 characters', value });
  }

  oneOf(value: unknown, allowed: readonly unknown[], path: Path): void {
    if (!allowed.includes(value))
      this.list.push({ path, message: `must be one of ${allowed.join(', ')}`, value });
  }
}

/**
 * Checks the board's raw rows and context before the boundary publishes anything:
 * counts are counts, days, FTE, loads and money finite and in range, labels and kinds
 * what the boundary expects. One pass over the rows (O(rows)), so it costs nothing
 * beside the linear programmes. Throws a {@link KpiError} listing every problem.
 * Internal.
 */
export function checkBoard(raw: BoardRows, ctx: BoardContext): void {
  const is = new Issues();
  raw.periods.forEach((p, i) => {
    is.label(p.label, ['rows', 'periods', i, 'label']);
    is.oneOf(p.kind, ['year', 'quarter'], ['rows', 'periods', i, 'kind']);
  });
  raw.placed.forEach((r, i) => {
    is.count(r.children, ['rows', 'placed', i, 'children']);
  });
  raw.mix.forEach((r, i) => {
    is.oneOf(r.level, ['type', 'group', 'total'], ['rows', 'mix', i, 'level']);
    is.amount(r.days, ['rows', 'mix', i, 'days'], 0);
    is.count(r.children, ['rows', 'mix', i, 'children']);
  });
  raw.steps.forEach((r, i) => {
    if (!Number.isSafeInteger(r.rank))
      is.list.push({
        path: ['rows', 'steps', i, 'rank'],
        message: 'must be a step rank',
        value: r.rank,
      });
    is.count(r.children, ['rows', 'steps', i, 'children']);
  });
  raw.movement.forEach((r, i) => {
    for (const key of ['down', 'up', 'unchanged', 'entered', 'exited'] as const)
      is.count(r[key], ['rows', 'movement', i, key]);
  });
  raw.caseload.forEach((r, i) => {
    const at = (key: string): Path => ['rows', 'caseload', i, key];
    is.count(r.caseworkers, at('caseworkers'));
    is.count(r.children, at('children'));
    is.count(r.overMax, at('overMax'));
    is.amount(r.weightedLoad, at('weightedLoad'), 0);
    // An FTE is worked in hundredths at the least: a smaller positive one divides to Infinity.
    is.amount(r.availableFte, at('availableFte'), 0);
    if (r.availableFte > 0 && r.availableFte < 0.01)
      is.list.push({
        path: at('availableFte'),
        message: 'must be 0 or at least 0.01',
        value: r.availableFte,
      });
  });
  raw.followUps.forEach((r, i) => {
    is.count(r.due, ['rows', 'followUps', i, 'due']);
    is.count(r.onTime, ['rows', 'followUps', i, 'onTime']);
    if (r.onTime > r.due)
      is.list.push({
        path: ['rows', 'followUps', i, 'onTime'],
        message: `must be at most due (${r.due})`,
        value: r.onTime,
      });
  });
  raw.notifications.forEach((r, i) => {
    is.count(r.underEight, ['rows', 'notifications', i, 'underEight']);
    is.count(r.eightAndOver, ['rows', 'notifications', i, 'eightAndOver']);
  });
  raw.spend.forEach((r, i) => {
    if (!Number.isSafeInteger(r.year) || r.year < 1900 || r.year > 2200)
      is.list.push({
        path: ['rows', 'spend', i, 'year'],
        message: 'must be a year from 1900 to 2200',
        value: r.year,
      });
    is.amount(r.spend, ['rows', 'spend', i, 'spend'], -MAX_AMOUNT);
    is.amount(r.budget, ['rows', 'spend', i, 'budget'], -MAX_AMOUNT);
  });
  ctx.ranks.forEach((rank, i) => {
    if (!Number.isSafeInteger(rank))
      is.list.push({ path: ['context', 'ranks', i], message: 'must be a step rank', value: rank });
  });
  const norm = (value: unknown, path: Path) => {
    if (value !== undefined) is.amount(value, path, 0);
  };
  norm(ctx.norms.target, ['context', 'norms', 'target']);
  norm(ctx.norms.max, ['context', 'norms', 'max']);
  for (const [team, n] of Object.entries(ctx.norms.teams)) {
    norm(n.target, ['context', 'norms', 'teams', team, 'target']);
    norm(n.max, ['context', 'norms', 'teams', team, 'max']);
  }
  if (is.list.length > 0) throw new KpiError(is.list, 'Invalid board rows');
}
