import { z } from 'zod';
import { problem } from '../errors';
import { DateInputSchema } from './common';

/** A person's or team's name: 1–200 characters after trimming. */
export const NameInputSchema = z
  .string()
  .trim()
  .min(1, problem('Navnet skal udfyldes', 'The name is required'))
  .max(200, problem('Navnet må højst være 200 tegn', 'The name may be at most 200 characters'))
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), {
    message: problem(
      'Navnet må ikke indeholde styretegn',
      'The name may not contain control characters',
    ),
  });

/** A work e-mail address, stored in lower case. */
export const EmailInputSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, problem('E-mailen er for lang', 'The e-mail is too long'))
  .pipe(z.email(problem('Skriv en gyldig e-mailadresse', 'Enter a valid e-mail address')));

/** Full-time equivalent: more than 0, at most 1. */
export const FteInputSchema = z
  .number(problem('Normeringen skal være et tal', 'The FTE must be a number'))
  .finite()
  .gt(0, problem('Normeringen skal være over 0', 'The FTE must be above 0'))
  .max(1, problem('Normeringen kan højst være 1', 'The FTE can be at most 1'));

/** A leave period's end, or `null` for none. */
export const LeaveDateSchema = DateInputSchema.nullable().optional();

/** How the parent is related to the child, e.g. mor, far, plejemor. */
export const RelationInputSchema = z
  .string()
  .trim()
  .min(1, problem('Relationen skal udfyldes', 'The relation is required'))
  .max(
    100,
    problem('Relationen må højst være 100 tegn', 'The relation may be at most 100 characters'),
  );

/** A CPR number as typed (validated and hashed by the query); `null` forgets it. */
export const CprInputSchema = z.string().trim().max(20).nullable().optional();
