import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of a file shipped in `examples/`. */
export const example = (name: string): string =>
  fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));

/** Writes `content` to a new temporary file named `name` and returns its path. */
export function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'trappen-cli-')), name);
  writeFileSync(file, content);
  return file;
}
