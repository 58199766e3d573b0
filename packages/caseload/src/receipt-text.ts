import { type IsoDate, isIsoDate, type ValidationIssue } from '@trappen/staircase';
import { CaseloadError } from './errors';

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * A date the way Danish letters write it.
 *
 * @example
 * ```ts
 * danishLongDate('2027-01-28'); // '28. januar 2027'
 * ```
 */
export function danishLongDate(date: IsoDate): string {
  if (!isIsoDate(date)) {
    throw new CaseloadError([
      { path: ['date'], message: 'must be a calendar date written as YYYY-MM-DD', value: date },
    ]);
  }
  return `${Number(date.slice(8, 10))}. ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** What a receipt to a professional reporter says. */
export interface ReceiptTextInput {
  /** The reporter's name, when given. */
  reporterName?: string | null | undefined;
  /** The Danish day the notification was received. */
  receivedOn: IsoDate;
  /** The municipality sending the receipt. */
  municipalityName: string;
}

/**
 * The Danish text of the receipt a professional who notified receives. It confirms
 * receipt only; it names neither the child nor what the municipality will do, since
 * the reporter has no right to that from the receipt.
 *
 * @throws {CaseloadError} listing every bad field: an empty `municipalityName`, a
 * `reporterName` that is not text, or a `receivedOn` that is not a date.
 *
 * @example
 * ```ts
 * receiptText({ receivedOn: '2024-05-02', municipalityName: 'Faxe Kommune' }).startsWith('Kære modtager'); // true
 * ```
 */
export function receiptText(input: ReceiptTextInput): string {
  const issues: ValidationIssue[] = [];
  if (typeof input.municipalityName !== 'string' || !/\S/.test(input.municipalityName))
    issues.push({
      path: ['municipalityName'],
      message: 'must be the name of the municipality',
      value: input.municipalityName,
    });
  const reporter = input.reporterName;
  if (reporter !== null && reporter !== undefined && typeof reporter !== 'string')
    issues.push({ path: ['reporterName'], message: 'must be text or empty', value: reporter });
  if (!isIsoDate(input.receivedOn))
    issues.push({
      path: ['receivedOn'],
      message: 'must be a calendar date written as YYYY-MM-DD',
      value: input.receivedOn,
    });
  if (issues.length > 0) throw new CaseloadError(issues, 'Invalid receipt input');
  const greeting = input.reporterName?.trim()
    ? `Kære ${input.reporterName.trim()}`
    : 'Kære modtager';
  return [
    `${greeting}`,
    '',
    `${input.municipalityName} bekræfter hermed at have modtaget din underretning af ${danishLongDate(input.receivedOn)}.`,
    'Kommunen behandler underretningen og vurderer, om barnet eller den unge har brug for støtte.',
    'Som fagperson har du pligt til at underrette igen, hvis du fortsat er bekymret for barnet eller den unge.',
    '',
    'Med venlig hilsen',
    input.municipalityName,
  ].join('\n');
}
