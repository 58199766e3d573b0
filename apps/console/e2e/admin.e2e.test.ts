import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, logIn, openBrowser, startConsoleServer, USERS } from './support';

describe('console: administrator — staircase and rules', () => {
  let server: TestServer;
  let browser: KitBrowser;
  beforeAll(async () => {
    server = await startConsoleServer();
    browser = await openBrowser();
    await logIn(browser.page, server.url, USERS.administrator);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a field error for an invalid norm, then saves a valid one into the version history', async () => {
    const { page } = browser;
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Trappe og regler' })
      .click();
    await page.getByRole('heading', { name: 'Trappe og regler', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Trappens trin' }).waitFor();
    expect(await page.getByText('Ingen ændringer gemt endnu.').count()).toBeGreaterThan(0);
    await auditPage(page, 'admin');

    const target = page.getByLabel('Mål (børn pr. sagsbehandler)');
    await target.fill('40');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    await page.getByText(/target must not exceed max/).waitFor();
    expect(await target.getAttribute('aria-invalid')).toBe('true');

    await target.fill('22');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    await page.getByText(/Gemt som version \d+\./).waitFor();
    const history = page.getByRole('table', { name: 'Versionshistorik', exact: true });
    const row = history.locator('tbody tr').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Administrator');
    expect(await row.textContent()).toContain('caseloadNorm.municipality.target');
    expect(await target.inputValue()).toBe('22');
  });

  it('shows a staircase issue at the step field, then saves a renamed step as a new version', async () => {
    const { page } = browser;
    const maxStay = page.getByLabel('Højst måneder på trinnet, trin 1', { exact: true });
    await maxStay.fill('0');
    await page.getByRole('button', { name: 'Gem trappen som ny version' }).click();
    await page.locator('#step-0-maxStayMonths-error').waitFor();
    expect(await maxStay.getAttribute('aria-invalid')).toBe('true');

    await maxStay.fill('6');
    await page
      .getByLabel('Navn (dansk), trin 1', { exact: true })
      .fill('Tidlig forebyggelse i Eksempelby');
    await page.getByRole('button', { name: 'Gem trappen som ny version' }).click();
    const history = page.getByRole('table', { name: 'Versionshistorik: Trappens trin' });
    await expect
      .poll(async () => (await history.locator('tbody tr').allTextContents()).join(' '))
      .toContain('steps.0.name.da');
    expect(await history.locator('tbody tr').first().textContent()).toContain('Administrator');
    await page
      .getByRole('table', { name: 'Trappens trin', exact: true })
      .getByText('Tidlig forebyggelse i Eksempelby')
      .waitFor();
  });
});
