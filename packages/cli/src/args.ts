import { parseArgs } from 'node:util';
import { CliError, EXIT } from './cli-error';
import type { Language } from './language';

/** Options every command accepts besides its own. */
const common = {
  help: { type: 'boolean' },
  lang: { type: 'string' },
  en: { type: 'boolean' },
} as const;

type Spec = Record<string, { type: 'string' | 'boolean' }>;

/** Parsed arguments of one command. */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  lang: Language;
}

/**
 * Parses a command's arguments strictly: an unknown option, a missing value or the
 * wrong number of files is a usage error (exit 2) that shows the command's help.
 */
export function parseCommandArgs(
  args: readonly string[],
  options: Spec,
  help: string,
  files: { min: number; max: number },
): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...common, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${help}`, EXIT.usage);
  }
  const values = parsed.values as ParsedArgs['values'];
  const lang = values.lang ?? 'da';
  if (lang !== 'da' && lang !== 'en')
    throw new CliError(`--lang must be da or en, got ${String(lang)}\n\n${help}`, EXIT.usage);
  const lng: Language = values.en ? 'en' : lang;
  if (!values.help) {
    const count = parsed.positionals.length;
    if (count < files.min) throw new CliError(`Missing FILE.\n\n${help}`, EXIT.usage);
    if (count > files.max) throw new CliError(`Too many arguments.\n\n${help}`, EXIT.usage);
  }
  return { values, positionals: parsed.positionals, lang: lng };
}

/** Reads an integer option, or its default; a bad value is a usage error. */
export function integerOption(
  values: ParsedArgs['values'],
  name: string,
  fallback: number,
  range: { min: number; max: number },
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || value < range.min || value > range.max) {
    throw new CliError(
      `--${name} must be a whole number from ${range.min} to ${range.max}, got ${String(raw)}`,
      EXIT.usage,
    );
  }
  return value;
}
