export { CliError, EXIT } from './cli-error';
export { loadStaircase, renderStaircase, staircaseHelp } from './commands/staircase';
export { formatTable } from './format-table';
export { type Language, languageOf } from './language';
export { type CliResult, mainHelp, run } from './run';
