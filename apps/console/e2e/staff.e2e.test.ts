import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, logIn, openBrowser, startConsoleServer, USERS } from './support';

describe('console: administrator — staff administration', () => {
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

  it('creates a caseworker, shows a taken e-mail as a Danish field error, and lists the new account', async () => {
    const { page } = browser;
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Medarbejdere' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Medarbejdere' }).waitFor();
    await page.getByRole('table', { name: 'Kommunens medarbejdere' }).waitFor();
    await auditPage(page, 'staff');
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: 'Opret medarbejder' }),
    });
    await form.getByLabel('Navn').fill('Nina Ny');
    await form.getByLabel('Arbejds-e-mail').fill(USERS.teamLeader);
    await form.getByLabel('Team').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Opret medarbejder' }).click();
    await expect
      .poll(() => form.textContent())
      .toContain(`Der findes allerede en bruger med e-mailen ${USERS.teamLeader}`);
    await form.getByLabel('Arbejds-e-mail').fill('nina.ny@eksempelby.dk');
    await form.getByLabel(/Normering/).fill('0,8');
    await form.getByRole('button', { name: 'Opret medarbejder' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Nina Ny er oprettet.');
    const row = page.getByRole('row', { name: /Nina Ny/ });
    await expect.poll(() => row.textContent()).toContain('0,8');
  });

  it('deactivates a leaver after confirmation and lists their open cases for reassignment', async () => {
    const { page } = browser;
    const name = await page
      .getByRole('row', { name: new RegExp(USERS.caseworker) })
      .getByRole('rowheader')
      .textContent();
    await page.getByRole('button', { name: `Deaktivér ${name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: `Deaktivér ${name}` }).click();
    const heading = page.getByRole('heading', { name: `${name} er deaktiveret.` });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('left-title');
    const cases = page.locator('section', { has: heading }).getByRole('link');
    expect(await cases.count()).toBeGreaterThan(0);
    await auditPage(page, 'staff-deactivated');
  });

  it('records a parent without custody on the case with no portal access, then grants it', async () => {
    const { page } = browser;
    const heading = page.getByRole('heading', { name: /er deaktiveret\.$/ });
    await page.locator('section', { has: heading }).getByRole('link').first().click();
    const section = page.locator('#guardians');
    await section.getByRole('heading', { name: 'Forældre og adgang til portalen' }).waitFor();
    await section.getByLabel('Navn').fill('Frank Far');
    await section.getByLabel('Relation').fill('far');
    await section.getByLabel('Forældremyndighed').uncheck();
    await section.getByRole('button', { name: 'Tilføj forælder' }).click();
    const row = section.getByRole('row', { name: /Frank Far/ });
    await expect
      .poll(() => row.locator('td').allTextContents())
      .toEqual(['far', 'Nej', 'Nej', 'Intet CPR', 'Giv Frank Far adgangFjern Frank Far']);
    await row.getByRole('button', { name: 'Giv Frank Far adgang' }).click();
    await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('Ja');
    await auditPage(page, 'case-guardians');
  });
});
