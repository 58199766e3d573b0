import { unstorableText } from '@trappen/db';
import { AppError, type FieldErrors } from './errors';

/** Deepest nesting of arrays and objects an input may have (the deepest schema needs 8). */
export const MAX_INPUT_DEPTH = 32;

const MAX_REPORTED = 20;

/**
 * The problems with text and nesting anywhere in a raw request input, by field path:
 * NUL characters and lone surrogates (PostgreSQL cannot store them) in any string or
 * object key, and nesting deeper than {@link MAX_INPUT_DEPTH}. Iterative, so a hostile
 * depth cannot overflow the stack. Empty when the input is fine. The `csv` of an import
 * procedure is left to the importer, whose dry run reports each bad cell by line.
 */
export function unstorableInput(input: unknown, procedurePath = ''): FieldErrors {
  const problems: FieldErrors = {};
  let reported = 0;
  const report = (path: string[], reason: string) => {
    const key = path.join('.') || '(root)';
    if (!problems[key]) reported += 1;
    problems[key] = [...(problems[key] ?? []), reason];
  };
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  const importFile = procedurePath.startsWith('imports.');
  while (stack.length > 0 && reported < MAX_REPORTED) {
    const { value, path } = stack.pop() as { value: unknown; path: string[] };
    if (importFile && path.length === 1 && path[0] === 'csv') continue;
    if (typeof value === 'string') {
      const reason = unstorableText(value);
      if (reason) report(path, reason);
    } else if (typeof value === 'object' && value !== null) {
      if (path.length >= MAX_INPUT_DEPTH) {
        report(path, `is nested more than ${MAX_INPUT_DEPTH} levels deep`);
        continue;
      }
      for (const [key, child] of Object.entries(value)) {
        const reason = unstorableText(key);
        if (reason) report([...path, key], `the field name ${reason}`);
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return problems;
}

/** `BAD_REQUEST` naming the fields of {@link unstorableInput}, in Danish and English. */
export function unstorableInputError(problems: FieldErrors): AppError {
  const fields = Object.keys(problems).join(', ');
  return new AppError(
    'BAD_REQUEST',
    {
      da: `Feltet ${fields} indeholder tegn, der ikke kan gemmes (NUL-tegn eller et halvt tegn), eller er indlejret for dybt.`,
      en: `The field ${fields} holds characters that cannot be stored (a NUL character or half a character), or is nested too deeply.`,
    },
    problems,
  );
}
