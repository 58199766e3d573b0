import { solve } from 'yalps';
import type { DisclosedCell } from './cell';

/** A sum a reader of the published tables knows: `total = Σ parts` (cell names). */
export interface ReaderSum {
  total: string;
  parts: string[];
}

/**
 * Test oracle, written from the reader's side: given only the published cells (by
 * name; names not in `cells` are figures the reader never sees) and the sums the
 * reader knows hold between them, the tightest interval for `target`, from a linear
 * programme with the bounds the marks give: "<5" ≥ 1 (zeros are published),
 * "skjult" ≥ threshold, unseen ≥ 0.
 */
export function readerInterval(
  cells: ReadonlyMap<string, DisclosedCell<unknown>>,
  sums: readonly ReaderSum[],
  target: string,
  threshold: number,
): [number, number] {
  const constraints = new Map<string, { equal?: number; min?: number }>();
  const variables = new Map<string, Map<string, number>>();
  const unknown = (name: string) => {
    let v = variables.get(name);
    if (!v) {
      v = new Map([[`min:${name}`, 1]]);
      variables.set(name, v);
      const cell = cells.get(name);
      const min = !cell ? 0 : cell.kind === 'hidden' ? threshold : 1;
      constraints.set(`min:${name}`, { min });
    }
    return v;
  };
  // Only sums connected to the target through unknown cells bound it.
  const isUnknown = (name: string) => cells.get(name)?.kind !== 'value';
  const reached = new Set<number>();
  const seen = new Set([target]);
  const queue = [target];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    sums.forEach((sum, k) => {
      if (reached.has(k) || (sum.total !== name && !sum.parts.includes(name))) return;
      reached.add(k);
      for (const other of [sum.total, ...sum.parts])
        if (isUnknown(other) && !seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
    });
  }
  sums.forEach((sum, k) => {
    if (!reached.has(k)) return;
    let known = 0;
    const terms: [string, number][] = [
      [sum.total, -1],
      ...sum.parts.map((p) => [p, 1] as [string, number]),
    ];
    for (const [name, c] of terms) {
      const cell = cells.get(name);
      if (cell?.kind === 'value') known += c * (cell.value as number);
      else {
        const v = unknown(name);
        v.set(`sum:${k}`, (v.get(`sum:${k}`) ?? 0) + c);
      }
    }
    constraints.set(`sum:${k}`, { equal: -known });
  });
  unknown(target).set('objective', 1);
  const bound = (direction: 'minimize' | 'maximize') => {
    const s = solve({ direction, objective: 'objective', constraints, variables });
    if (s.status === 'unbounded') return direction === 'maximize' ? Infinity : -Infinity;
    if (s.status !== 'optimal') throw new Error(`reader LP ${s.status}`);
    return s.result;
  };
  return [bound('minimize'), bound('maximize')];
}

/** Names and sums of one published two-way table with margins (`prefix:i:j`, `prefix:i:*`, …). */
export function gridSums(prefix: string, rows: number, columns: number): ReaderSum[] {
  const sums: ReaderSum[] = [];
  const c = (i: number | '*', j: number | '*') => `${prefix}:${i}:${j}`;
  for (let i = 0; i < rows; i += 1)
    sums.push({ total: c(i, '*'), parts: Array.from({ length: columns }, (_, j) => c(i, j)) });
  for (let j = 0; j < columns; j += 1)
    sums.push({ total: c('*', j), parts: Array.from({ length: rows }, (_, i) => c(i, j)) });
  sums.push({ total: c('*', '*'), parts: Array.from({ length: rows }, (_, i) => c(i, '*')) });
  return sums;
}
