import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api';
import { auditPage, closeRun, openSignedIn, USERS } from './support';

describe('console: team leader reassigns a case', () => {
  let server: TestServer;
  let browser: KitBrowser;
  beforeAll(async () => {
    ({ server, browser } = await openSignedIn(USERS.teamLeader));
  });
  afterAll(() => closeRun({ server, browser }));

  it('opens a caseworker from the team view, reassigns a case after confirming, and the case shows the new caseworker', async () => {
    const { page } = browser;
    const me = await (await apiAs(server.url, USERS.caseworker)).auth.me.query();
    const overview = await (await apiAs(server.url, USERS.teamLeader)).caseload.overview.query({});
    const from = overview.caseworkers.find((c) => c.caseworkerId === me.caseworkerId);
    if (!from) throw new Error('no caseworker');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Team' })
      .click();
    await page
      .getByRole('table', { name: 'Sagstal pr. sagsbehandler' })
      .getByRole('link', { name: from.name, exact: true })
      .click();
    await page.getByRole('heading', { name: `Sager hos ${from.name}` }).waitFor();
    const table = page.getByRole('table', { name: 'Åbne sager hos sagsbehandleren' });
    await table.waitFor();
    await auditPage(page, 'team-caseworker');
    const firstRow = table.locator('tbody tr').first();
    const childName = ((await firstRow.locator('th').textContent()) ?? '').trim();
    const before = await table.locator('tbody tr').count();
    const caseHref = await firstRow.getByRole('link', { name: childName }).getAttribute('href');

    await firstRow.getByRole('button', { name: `Flyt sagen for ${childName}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Flyt sagen til en anden sagsbehandler?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Flyt sagen' }).click();
    await dialog.getByText('Vælg en sagsbehandler.').waitFor();
    const select = dialog.getByLabel('Ny sagsbehandler');
    const options = await select.locator('option').allTextContents();
    const toName = options[1];
    if (!toName) throw new Error('no other caseworker to choose');
    await select.selectOption({ label: toName });
    await auditPage(page, 'team-reassign-dialog');
    await dialog.getByRole('button', { name: 'Flyt sagen' }).click();

    await page.getByText(`Sagen for ${childName} er flyttet til ${toName}.`).waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(before - 1);

    await page.goto(`${server.url}${caseHref}`);
    const current = page
      .locator('dt', { hasText: /^Sagsbehandler$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => current.first().textContent()).toBe(toName);
  });
});
