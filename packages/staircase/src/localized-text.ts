import { z } from 'zod';

/**
 * Text in Danish (the users' language) and English.
 *
 * @example
 * ```ts
 * const name: LocalizedText = { da: 'Plejefamilie', en: 'Foster family' };
 * ```
 */
export interface LocalizedText {
  /** Danish. */
  da: string;
  /** English. */
  en: string;
}

/**
 * Zod schema for {@link LocalizedText}: both languages, trimmed, non-empty, at most
 * 2000 characters.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ da: ' Opholdssted ', en: 'Residential home' });
 * // { da: 'Opholdssted', en: 'Residential home' }
 * ```
 */
export const LocalizedTextSchema = z.object({
  da: z.string().trim().min(1, 'Danish text is required').max(2000),
  en: z.string().trim().min(1, 'English text is required').max(2000),
});
