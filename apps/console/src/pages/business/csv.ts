/**
 * The business case CSV comes from `@trappen/savings` (one CSV writer for console, board
 * and CLI, neutralising labels a spreadsheet would run as formulas).
 */
export { businessCaseCsv } from '@trappen/savings';
