import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '@trappen/server/src/testing/test-server';

/** The monorepo's `apps/` folder, whose `portal/dist` the server serves at `/portal/`. */
export const APPS_DIR = fileURLToPath(new URL('../../../', import.meta.url));

/** The portal's build output. */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * A test server over a fresh seeded database that also serves the built portal.
 * Build it first: `pnpm turbo run build --filter=@trappen/portal...`.
 */
export function startPortalServer(): Promise<TestServer> {
  return startTestServer({ appsDir: APPS_DIR });
}

export { PASSWORD, type TestServer } from '@trappen/server/src/testing/test-server';
