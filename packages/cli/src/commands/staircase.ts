import { readFileSync } from 'node:fs';
import {
  defaultStaircase,
  defineStaircase,
  placementTypeInfo,
  type Staircase,
  StaircaseError,
} from '@trappen/staircase';
import { CliError } from '../cli-error';
import { formatTable } from '../format-table';
import type { Language } from '../language';

/**
 * Help text of `trappen staircase`.
 *
 * @example
 * ```ts
 * console.log(staircaseHelp);
 * ```
 */
export const staircaseHelp = `Usage: trappen staircase [FILE.json] [--lang da|en]

Prints a staircase: its steps from the least to the most intrusive, and the
interventions on each step. Without FILE, prints the default staircase.
FILE is a staircase definition as JSON (see @trappen/staircase); it is validated
and every problem is listed.`;

/**
 * Loads and validates a staircase file, or returns the default staircase.
 *
 * @example
 * ```ts
 * loadStaircase(undefined).id; // 'default'
 * ```
 */
export function loadStaircase(file: string | undefined): Staircase {
  if (!file) return defaultStaircase;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`Could not read ${file} as JSON: ${(error as Error).message}`);
  }
  try {
    return defineStaircase(json as Parameters<typeof defineStaircase>[0]);
  } catch (error) {
    if (error instanceof StaircaseError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

/**
 * Renders a staircase as text: a table of steps, then the catalogue grouped by step.
 *
 * @example
 * ```ts
 * console.log(renderStaircase(defaultStaircase, 'en'));
 * ```
 */
export function renderStaircase(staircase: Staircase, lang: Language): string {
  const t =
    lang === 'da'
      ? {
          step: 'Trin',
          name: 'Navn',
          placement: 'Anbringelse',
          max: 'Maks. måneder',
          yes: 'ja',
          no: 'nej',
          code: 'Kode',
          intervention: 'Indsats',
          follow: 'Opfølgning (dage)',
          rate: 'Døgntakst (kr.)',
          type: 'Anbringelsestype',
        }
      : {
          step: 'Step',
          name: 'Name',
          placement: 'Placement',
          max: 'Max months',
          yes: 'yes',
          no: 'no',
          code: 'Code',
          intervention: 'Intervention',
          follow: 'Follow-up (days)',
          rate: 'Daily rate (DKK)',
          type: 'Placement type',
        };
  const steps = formatTable(
    [t.step, t.name, t.placement, t.max],
    staircase.steps.map((step) => [
      String(step.rank),
      step.name[lang],
      step.isPlacement ? t.yes : t.no,
      String(step.maxStayMonths),
    ]),
    [0, 3],
  );
  const sections = staircase.steps.map((step) => {
    const entries = staircase.interventions.filter((entry) => entry.step === step.id);
    const table = formatTable(
      [t.code, t.intervention, t.follow, t.rate, t.type],
      entries.map((entry) => [
        entry.code,
        entry.name[lang],
        String(entry.followUpEveryDays),
        entry.defaultDailyRate === undefined ? '' : entry.defaultDailyRate.toLocaleString('da-DK'),
        entry.placementType ? placementTypeInfo[entry.placementType].name[lang] : '',
      ]),
      [2, 3],
    );
    return `${t.step} ${step.rank}: ${step.name[lang]}\n${table}`;
  });
  return [staircase.name[lang], '', steps, '', ...sections.flatMap((section) => [section, ''])]
    .join('\n')
    .trimEnd();
}
