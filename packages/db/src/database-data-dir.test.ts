import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDatabase } from './database';

describe('createDatabase with a data directory', () => {
  it('creates missing parent folders, as on a fresh clone without .data/', async () => {
    const root = mkdtempSync(join(tmpdir(), 'trappen-datadir-'));
    const dataDir = join(root, '.data', 'pglite');
    try {
      const handle = await createDatabase({ dataDir });
      await handle.ping();
      await handle.close();
      expect(existsSync(dataDir)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
