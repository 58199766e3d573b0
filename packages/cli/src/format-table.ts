/**
 * Renders rows as a plain-text table with a header rule, padding every column to its
 * widest cell; columns listed in `alignRight` are right-aligned (for numbers).
 *
 * @example
 * ```ts
 * formatTable(['Trin', 'Navn'], [['1', 'Forebyggelse']]);
 * // 'Trin  Navn\n----  ------------\n1     Forebyggelse'
 * ```
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  alignRight: readonly number[] = [],
): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        alignRight.includes(column)
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
