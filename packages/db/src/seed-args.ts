import { parseArgs } from 'node:util';

/** What `pnpm seed` was asked for. */
export interface SeedArgs {
  help: boolean;
  national: boolean;
  municipalities?: number;
  scale?: number;
  seed?: number;
}

/** The help text of `pnpm seed`. */
export const SEED_USAGE = `Usage: pnpm seed -- [options]
Generates demo data into DATABASE_URL, or the embedded database in TRAPPEN_DATA_DIR.
  --national            a national-scale dataset (all municipalities)
  --municipalities <n>  how many municipalities
  --scale <x>           cases per municipality, relative to the default (e.g. 0.1)
  --seed <n>            random seed (the same seed gives the same data)
  --help                this text`;

const numberOption = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${name} must be a positive number, not ${JSON.stringify(value)}`);
  return n;
};

/**
 * Parses `pnpm seed`'s arguments. pnpm 10 passes the `--` of `pnpm seed -- --national`
 * on to the script, where it would end option parsing; a leading `--` is dropped.
 * Throws an error naming the option for unknown options and bad values.
 */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const { values } = parseArgs({
    args,
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      national: { type: 'boolean', default: false },
      municipalities: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const municipalities = numberOption('municipalities', values.municipalities);
  const scale = numberOption('scale', values.scale);
  const seed = numberOption('seed', values.seed);
  return {
    help: values.help,
    national: values.national,
    ...(municipalities !== undefined ? { municipalities } : {}),
    ...(scale !== undefined ? { scale } : {}),
    ...(seed !== undefined ? { seed } : {}),
  };
}
