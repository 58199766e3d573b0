export { CliError, EXIT } from './cli-error';
export { businessCaseHelp, loadBusinessCase } from './commands/business-case';
export { estimateHelp } from './commands/estimate';
export { simulateHelp } from './commands/simulate';
export { loadStaircase, renderStaircase, staircaseHelp } from './commands/staircase';
export { formatTable } from './format-table';
export { type CsvCell, type CsvRecord, parseCsv } from './input/csv';
export { type Language, languageOf } from './language';
export { type CliResult, mainHelp, run } from './run';
