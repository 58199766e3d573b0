import { type IsoDate, isIsoDate } from '@trappen/staircase';

/** A problem with a CPR number, in Danish and English. */
export interface CprProblem {
  da: string;
  en: string;
}

/** A CPR number that passed validation. */
export interface ValidCpr {
  ok: true;
  /** Ten digits, no hyphen. */
  digits: string;
  /** The birth date the number encodes (century from the 7th digit). */
  birthDate: IsoDate;
}

/** Why a CPR number failed validation. */
export interface InvalidCpr {
  ok: false;
  problem: CprProblem;
}

function century(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/**
 * Validates a CPR number's format (`DDMMYY-SSSS` or ten digits) and date part, and
 * works out the birth date (the century follows from the 7th digit, as the CPR office
 * defines it). The modulus-11 check is not applied: numbers issued since 2007 need not
 * pass it.
 *
 * @example
 * ```ts
 * parseCpr('150318-4321'); // { ok: true, digits: '1503184321', birthDate: '2018-03-15' }
 * parseCpr('310218-4321').ok; // false (no 31 February)
 * ```
 */
export function parseCpr(value: string): ValidCpr | InvalidCpr {
  const match = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/.exec(value.trim());
  if (!match) {
    return {
      ok: false,
      problem: {
        da: 'CPR-nummeret skal skrives som DDMMÅÅ-XXXX (10 cifre).',
        en: 'The CPR number must be written as DDMMYY-XXXX (10 digits).',
      },
    };
  }
  const [, dd = '', mm = '', yy = '', serial = ''] = match;
  const year = century(Number(yy), Number(serial[0])) + Number(yy);
  const birthDate = `${year}-${mm}-${dd}`;
  if (!isIsoDate(birthDate)) {
    return {
      ok: false,
      problem: {
        da: `CPR-nummerets første seks cifre er ikke en dato, der findes (${dd}.${mm}.${yy}).`,
        en: `The first six digits of the CPR number are not a date that exists (${dd}.${mm}.${yy}).`,
      },
    };
  }
  return { ok: true, digits: `${dd}${mm}${yy}${serial}`, birthDate };
}

/**
 * A CPR number as shown to staff who do not need it in full: the date part and four
 * crosses.
 *
 * @example
 * ```ts
 * maskCpr('1503184321'); // '150318-xxxx'
 * ```
 */
export function maskCpr(digits: string): string {
  return `${digits.replace(/\D/g, '').slice(0, 6)}-xxxx`;
}
