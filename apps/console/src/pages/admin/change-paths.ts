/**
 * A stored change path in words an administrator recognises: catalogue paths
 * (`interventions.12.name.da`) name the intervention's code instead of its position.
 */
export function describeChange(path: string, definition: unknown): string {
  const match = /^interventions\.(\d+)(?:\.(.+))?$/.exec(path);
  if (!match) return path;
  const entries = (definition as { interventions?: { code?: unknown }[] } | null)?.interventions;
  const code = entries?.[Number(match[1])]?.code;
  if (typeof code !== 'string') return path;
  return match[2] ? `${code}: ${match[2]}` : code;
}
