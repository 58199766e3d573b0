import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, logIn, openBrowser, startConsoleServer, USERS } from './support';

describe('console: login, navigation and my cases', () => {
  let server: TestServer;
  let browser: KitBrowser;
  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the login form and refuses a wrong password', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/console/`);
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await auditPage(page, 'login');
    await page.getByLabel('E-mail').fill(USERS.caseworker);
    await page.getByLabel('Adgangskode').fill('wrong');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('E-mail eller adgangskode er forkert');
  });

  it('logs a caseworker in: municipality, role, caseworker navigation, my cases', async () => {
    const { page } = browser;
    await logIn(page, server.url, USERS.caseworker);
    const header = page.locator('header');
    await expect.poll(() => header.textContent()).toContain('Eksempelby');
    await expect.poll(() => header.textContent()).toContain('Sagsbehandler');
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Sager', 'Underretninger']);
    await page.getByRole('heading', { name: 'Mine sager' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    const rows = await page.locator('table tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await auditPage(page, 'my-cases');
  });
});
