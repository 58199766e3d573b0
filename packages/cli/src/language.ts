/** Output language of the CLI: Danish first, English on request. */
export type Language = 'da' | 'en';

/** Reads `--lang da|en` (or `--en`) from the arguments; Danish by default. */
export function languageOf(args: readonly string[]): Language {
  const index = args.indexOf('--lang');
  if (index >= 0 && args[index + 1] === 'en') return 'en';
  return args.includes('--en') ? 'en' : 'da';
}
