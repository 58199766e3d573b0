import type { ValidationIssue } from '@trappen/staircase';
import { asRecord } from '../validate';
import { monthIndex } from './line-amounts';

const isYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value);
const isYearMonth = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** Cross-field rules of a business case, checked on the raw input. */
export function businessCaseIssues(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const root = asRecord(input);
  const first = isYear(root.firstYear) ? root.firstYear : undefined;
  const last = isYear(root.lastYear) ? root.lastYear : undefined;
  const periodValid = first !== undefined && last !== undefined && last >= first;
  if (first !== undefined && last !== undefined && last < first) {
    issues.push({ path: ['lastYear'], message: 'ends before it starts', value: last });
  }
  if (last !== undefined && first !== undefined && last - first > 100) {
    issues.push({ path: ['lastYear'], message: 'a business case covers at most 101 years' });
  }
  const inPeriod = (year: number) => !periodValid || (year >= first && year <= last);
  const lines = Array.isArray(root.lines) ? root.lines : [];
  lines.forEach((raw, index) => {
    const line = asRecord(raw);
    const at = (...path: (string | number)[]) => ['lines', index, ...path];
    if (line.type === 'amounts') {
      for (const key of Object.keys(asRecord(line.amounts))) {
        if (/^\d+$/.test(key) && !inPeriod(Number(key))) {
          issues.push({ path: at('amounts', key), message: 'year outside the business case' });
        }
      }
    }
    if (line.type === 'fte' || line.type === 'recurring') {
      const from = isYearMonth(line.from) ? monthIndex(line.from) : undefined;
      const to = isYearMonth(line.to) ? monthIndex(line.to) : undefined;
      if (from !== undefined && to !== undefined && to < from) {
        issues.push({ path: at('to'), message: 'ends before it starts', value: line.to });
      }
      if (from !== undefined && !inPeriod(Math.floor(from / 12))) {
        issues.push({
          path: at('from'),
          message: 'month outside the business case',
          value: line.from,
        });
      }
      if (to !== undefined && !inPeriod(Math.floor(to / 12))) {
        issues.push({ path: at('to'), message: 'month outside the business case', value: line.to });
      }
    }
    if (line.type === 'oneOff' && isYear(line.year) && !inPeriod(line.year)) {
      issues.push({
        path: at('year'),
        message: 'year outside the business case',
        value: line.year,
      });
    }
    if (line.type === 'ramp') {
      const from = asRecord(line.from).year;
      const to = asRecord(line.to).year;
      if (isYear(from) && isYear(to) && to <= from) {
        issues.push({ path: at('to', 'year'), message: 'must be after from.year', value: to });
      }
      if (isYear(from) && !inPeriod(from)) {
        issues.push({
          path: at('from', 'year'),
          message: 'year outside the business case',
          value: from,
        });
      }
      if (isYear(to) && !inPeriod(to)) {
        issues.push({
          path: at('to', 'year'),
          message: 'year outside the business case',
          value: to,
        });
      }
    }
  });
  return issues;
}
