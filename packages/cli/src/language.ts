/**
 * Output language of the CLI: Danish first, English on request.
 *
 * @example
 * ```ts
 * const lang: Language = 'en';
 * ```
 */
export type Language = 'da' | 'en';

/**
 * Reads `--lang da|en` (or `--en`) from the arguments; Danish by default.
 *
 * @example
 * ```ts
 * languageOf(['--lang', 'en']); // 'en'
 * ```
 */
export function languageOf(args: readonly string[]): Language {
  const index = args.indexOf('--lang');
  if (index >= 0 && args[index + 1] === 'en') return 'en';
  return args.includes('--en') ? 'en' : 'da';
}
