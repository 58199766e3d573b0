import { isStorableYear, STORABLE_YEARS } from '@trappen/db';
import { IsoDateSchema } from '@trappen/staircase';
import { z } from 'zod';

/** An id in a request: a UUID, so malformed ids fail validation before any query. */
export const IdSchema = z.uuid();

/** A calendar date in a request (`YYYY-MM-DD`, a real day, in the years the product stores). */
export const DateInputSchema = IsoDateSchema.refine(isStorableYear, {
  message: `must be a date from ${STORABLE_YEARS.from} to ${STORABLE_YEARS.to}`,
});

/** A version number the caller read (optimistic concurrency). */
export const VersionSchema = z.number().int().positive().max(2_147_483_647);

/** Free text from staff or parents. */
export const textInput = (max: number) => z.string().trim().max(max);

/** Dates and timestamps in responses are ISO strings. */
export const DateOutputSchema = z.string();

/** Danish/English text in responses. */
export const LocalizedOutputSchema = z.object({ da: z.string(), en: z.string() });
