import { z } from 'zod';

/** Text in Danish (the users' language) and English. */
export interface LocalizedText {
  /** Danish. */
  da: string;
  /** English. */
  en: string;
}

/** Zod schema for {@link LocalizedText}: both languages, non-empty. */
export const LocalizedTextSchema = z.object({
  da: z.string().trim().min(1, 'Danish text is required').max(2000),
  en: z.string().trim().min(1, 'English text is required').max(2000),
});
