import { estimateTransitions, type FlowModel, SavingsError } from '@trappen/savings';
import type { Staircase, ValidationIssue } from '@trappen/staircase';
import { CliError } from '../cli-error';
import { readText } from '../input/read-file';
import { type HistoryCsvMap, historiesFromCsv } from './history-csv';
import { windowOf } from './window';

/** Points an estimate issue at its CSV line and column, or at the option it concerns. */
function historyIssue(file: string, map: HistoryCsvMap, issue: ValidationIssue): string {
  const [child, group, index, field] = issue.path;
  const shown = 'value' in issue ? ` (got ${JSON.stringify(issue.value)})` : '';
  if (typeof child === 'number' && group === 'interventions' && typeof index === 'number') {
    const line = map.lines[child]?.[index];
    const column = map.columns[String(field)];
    return `${file}: line ${line}${column ? `, column ${column}` : ''}: ${issue.message}${shown}`;
  }
  if (typeof child === 'number') {
    return `${file}: line ${map.lines[child]?.[0]}: ${issue.message}${shown}`;
  }
  if (child === 'from' || child === 'to') return `--${child}: ${issue.message}${shown}`;
  return `${file}: ${issue.path.join('.')}: ${issue.message}${shown}`;
}

/**
 * Reads a history CSV and estimates the flow model over the given (or the data's)
 * window; every problem becomes one `CliError` naming line and column.
 */
export function estimateFromCsv(
  file: string,
  staircase: Staircase,
  window: { from?: string | undefined; to?: string | undefined; prior?: number | undefined } = {},
): FlowModel {
  const { histories, map } = historiesFromCsv(readText(file), file);
  const { from, to } = windowOf(histories, window.from, window.to);
  try {
    return estimateTransitions(staircase, histories, {
      from,
      to,
      ...(window.prior === undefined ? {} : { prior: window.prior }),
    });
  } catch (error) {
    if (!(error instanceof SavingsError)) throw error;
    const details = error.issues.map((issue) => historyIssue(file, map, issue)).join('\n');
    throw new CliError(`Invalid history in ${file}:\n${details}`);
  }
}
