import { type KitBrowser, launchBrowser } from '@trappen/e2e-kit';
import type { Page } from 'playwright-core';
import { PHONE } from './demo';
import { startPortalServer, type TestServer } from './portal-server';

/** A seeded portal server and a phone-sized Chromium page, shared by one test file. */
export interface PhoneRun {
  server: TestServer;
  browser: KitBrowser;
  page: Page;
}

/** Starts the portal server and opens a phone-sized browser on it (for `beforeAll`). */
export async function openPhoneRun(): Promise<PhoneRun> {
  const server = await startPortalServer();
  const browser = await launchBrowser({ viewport: PHONE });
  return { server, browser, page: browser.page };
}

/** Closes what {@link openPhoneRun} opened; safe when `beforeAll` failed halfway (for `afterAll`). */
export async function closePhoneRun(run: Partial<PhoneRun>): Promise<void> {
  await run.browser?.close();
  await run.server?.close();
}
