/** Splits an SQL script into statements on `;` outside `$$` bodies and comments (enough for our scripts). */
export function sqlStatements(script: string): string[] {
  const withoutComments = script
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n');
  const out: string[] = [];
  let current = '';
  let inBody = false;
  for (let i = 0; i < withoutComments.length; i++) {
    if (withoutComments.startsWith('$$', i)) {
      inBody = !inBody;
      current += '$$';
      i++;
      continue;
    }
    const char = withoutComments[i] as string;
    if (char === ';' && !inBody) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
