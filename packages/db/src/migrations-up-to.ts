import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsFolder } from './database';

interface Journal {
  entries: { idx: number; tag: string }[];
}

/**
 * A copy of the checked-in migrations that stops after `tag` (e.g. `0007_kpi_board_indexes`),
 * for upgrade tests: migrate a database to an earlier schema, seed it, then apply the rest
 * with `handle.migrate()` and check the data is kept. Call `dispose()` when done.
 */
export function migrationsUpTo(tag: string): { folder: string; dispose(): void } {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  const last = journal.entries.findIndex((e) => e.tag === tag);
  if (last < 0) throw new Error(`no migration tagged ${tag}`);
  const folder = mkdtempSync(join(tmpdir(), 'trappen-migrations-'));
  cpSync(migrationsFolder, folder, { recursive: true });
  const kept = { ...journal, entries: journal.entries.slice(0, last + 1) };
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(kept));
  return { folder, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}
