import type { z } from 'zod';
import { dkkToOre, roundHalf } from '../money-core';
import type { BusinessCaseLineSchema } from './schema';

type Line = z.output<typeof BusinessCaseLineSchema>;

/** `YYYY-MM` as a month count (year × 12 + month − 1). */
export function monthIndex(yearMonth: string): number {
  return Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;
}

/** Months of `year` inside `[fromMonth, toMonth]` (month counts, inclusive). */
function monthsIn(year: number, fromMonth: number, toMonth: number): number {
  const first = Math.max(year * 12, fromMonth);
  const last = Math.min(year * 12 + 11, toMonth);
  return Math.max(0, last - first + 1);
}

/** An annual amount prorated by the months of each year inside the period. */
function prorated(
  annualOre: number,
  years: readonly number[],
  from: string | undefined,
  to: string | undefined,
): number[] {
  const firstYear = years[0] ?? 0;
  const lastYear = years[years.length - 1] ?? 0;
  const fromMonth = from ? monthIndex(from) : firstYear * 12;
  const toMonth = to ? monthIndex(to) : lastYear * 12 + 11;
  return years.map((year) => roundHalf((annualOre * monthsIn(year, fromMonth, toMonth)) / 12));
}

/**
 * The line's amount in øre for each year (a magnitude; the caller applies the sign of
 * the line's kind). Assumes the line was validated against the case's years.
 */
export function lineAmountsOre(line: Line, years: readonly number[]): number[] {
  switch (line.type) {
    case 'amounts':
      return years.map((year) => dkkToOre(line.amounts[String(year)] ?? 0));
    case 'fte':
      // fte × annual cost in øre; whole-FTE staff stay exact integers.
      return prorated(roundHalf(line.fte * dkkToOre(line.annualCost)), years, line.from, line.to);
    case 'recurring':
      return prorated(dkkToOre(line.annualAmount), years, line.from, line.to);
    case 'oneOff':
      return years.map((year) => (year === line.year ? dkkToOre(line.amount) : 0));
    case 'ramp': {
      const fromOre = dkkToOre(line.from.amount);
      const toOreAmount = dkkToOre(line.to.amount);
      const span = line.to.year - line.from.year;
      return years.map((year) => {
        if (year < line.from.year) return 0;
        if (year >= line.to.year) return toOreAmount;
        return fromOre + roundHalf(((toOreAmount - fromOre) * (year - line.from.year)) / span);
      });
    }
  }
}
