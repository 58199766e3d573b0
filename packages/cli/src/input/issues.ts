import type { ValidationIssue } from '@trappen/staircase';

/** A JSON path like `lines[2].amounts.2016` for an issue's path (`(root)` when empty). */
export function jsonPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}

/** One line per issue: `file: path: message (got value)`. */
export function formatJsonIssues(file: string, issues: readonly ValidationIssue[]): string {
  return issues
    .map((issue) => {
      const shown = 'value' in issue ? ` (got ${JSON.stringify(issue.value)})` : '';
      return `${file}: ${jsonPath(issue.path)}: ${issue.message}${shown}`;
    })
    .join('\n');
}
