import { fileURLToPath } from 'node:url';
import { checkA11y, type KitBrowser, launchBrowser, screenshot } from '@trappen/e2e-kit';
import {
  AS_OF,
  PASSWORD,
  startTestServer,
  type TestServer,
} from '@trappen/server/src/testing/test-server';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The apps directory holding `console/dist` (build the console first). */
export const APPS_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** Demo logins in the first seeded municipality, Eksempelby. */
export const USERS = {
  caseworker: 'sagsbehandler@eksempelby.dk',
  caseworker2: 'sagsbehandler2@eksempelby.dk',
  teamLeader: 'teamleder@eksempelby.dk',
  administrator: 'administrator@eksempelby.dk',
  parent: 'foraelder@eksempelby.dk',
} as const;

/** A test server with the built console over a fresh seeded database. */
export const startConsoleServer = (): Promise<TestServer> => startTestServer({ appsDir: APPS_DIR });

/** A browser whose clock is the demo data's "today", so default dates match the server's. */
export async function openBrowser(): Promise<KitBrowser> {
  const browser = await launchBrowser();
  await browser.context.clock.setFixedTime(new Date(`${AS_OF}T10:00:00+02:00`));
  return browser;
}

/** Logs in through the form and waits for the navigation to appear. */
export async function logIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/console/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
}

/** axe: no serious or critical violations, then a screenshot under artifacts/. */
export async function auditPage(page: Page, name: string): Promise<void> {
  const { violations, message } = await checkA11y(page, { impacts: ['serious', 'critical'] });
  await screenshot(page, `console-${name}`);
  expect(violations, message).toEqual([]);
}

/** A seeded server with the built console and a browser logged in on it, shared by one test file. */
export interface SignedInRun {
  server: TestServer;
  browser: KitBrowser;
}

/** Starts the server, opens the browser and logs in as `email` (for `beforeAll`). */
export async function openSignedIn(email: string): Promise<SignedInRun> {
  const server = await startConsoleServer();
  const browser = await openBrowser();
  await logIn(browser.page, server.url, email);
  return { server, browser };
}

/** Closes what {@link openSignedIn} opened; safe when `beforeAll` failed halfway (for `afterAll`). */
export async function closeRun(run: Partial<SignedInRun>): Promise<void> {
  await run.browser?.close();
  await run.server?.close();
}

/** Opens the demo's Herning business case from the main menu (team leaders). */
export async function openHerningCase(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Business cases' })
    .click();
  await page.getByRole('link', { name: /Herning/ }).click();
}
