import { type AppError, badRequest, type Messages } from '../errors';

/**
 * A `BAD_REQUEST` naming one field, the value's problem in Danish and in English
 * (`"dansk / English"`), so the console can show it next to the field in either language.
 */
export function fieldError(field: string, reason: Messages): AppError {
  return badRequest({ [field]: [`${reason.da} / ${reason.en}`] });
}
