import { readFileSync } from 'node:fs';
import { createTrappenClient } from '@trappen/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, type TestServer } from './testing/test-server';

const readme = readFileSync(new URL('../../../packages/client/README.md', import.meta.url), 'utf8');
const example = /## Example\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/**
 * Runs the client README's example as written, against a real server: only the URL and
 * the demo login are swapped in, and the `import` becomes an injected parameter.
 */
async function runExample(url: string): Promise<unknown[][]> {
  const body = example
    .replace(/^import .*$/m, '')
    .replace("'https://trappen.example.dk/trpc'", JSON.stringify(`${url}/trpc`))
    .replace("'leder@herning.example'", JSON.stringify('teamleder@eksempelby.dk'))
    .replace('process.env.TRAPPEN_PASSWORD', JSON.stringify(PASSWORD));
  const printed: unknown[][] = [];
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction('createTrappenClient', 'console', body)(createTrappenClient, {
    log: (...values: unknown[]) => printed.push(values),
  });
  return printed;
}

describe('the @trappen/client README example', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs as written against a real server and prints the staircase and the evaluation', async () => {
    expect(example).toContain('createTrappenClient');
    const [steps, evaluation] = await runExample(server.url);
    expect(steps?.[0]).toEqual(expect.arrayContaining(['Prevention', 'Home-based interventions']));
    // 4 caseworkers at 500,000 DKK a year against savings of 0 / 1.5 / 3 mio DKK: the
    // cumulative net (2.0, 2.5, 1.5 mio) never reaches 0, so there is no payback year.
    expect(evaluation).toEqual([[2_000_000, 500_000, -1_000_000], null]);
  });
});
