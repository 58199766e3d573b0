import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api';
import { auditPage, closeRun, openSignedIn, USERS } from './support';

describe('console: an administrator sets the retention policy and deletes what is due', () => {
  let server: TestServer;
  let browser: KitBrowser;
  beforeAll(async () => {
    ({ server, browser } = await openSignedIn(USERS.administrator));
  });
  afterAll(() => closeRun({ server, browser }));

  it('saves a policy set with the records officer, previews, and deletes after confirming', async () => {
    const { page } = browser;
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Opbevaring og sletning' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Opbevaring og sletning' }).waitFor();
    await page.getByText(/sammen med kommunens arkivansvarlige/).waitFor();
    await page.getByText('Standardpolitikken gælder, indtil I gemmer jeres egen.').waitFor();
    await auditPage(page, 'retention');
    await page.getByLabel('Opbevaringsperiode efter lukning (hele år)').fill('6');
    await page.getByRole('button', { name: 'Gem politik' }).click();
    await page.getByText('Politikken er gemt.').waitFor();
    const admin = await apiAs(server.url, USERS.administrator);
    expect(await admin.retention.policy.query()).toMatchObject({ retentionYears: 6, version: 1 });
    const due = (await admin.retention.preview.query({})).cases.length;
    if (due === 0) {
      await page.getByText('Ingen sager skal slettes nu.').waitFor();
      return;
    }
    await page
      .getByText(`${due.toLocaleString('da-DK')} sager slettes ved næste kørsel.`)
      .waitFor();
    await page.getByRole('button', { name: 'Slet nu …' }).click();
    const dialog = page.getByRole('dialog', { name: `Slet ${due} sager nu?` });
    await dialog.waitFor();
    await auditPage(page, 'retention-run-dialog');
    await dialog.getByRole('button', { name: 'Slet sagerne' }).click();
    await page.getByText(`${due} sager er slettet.`).waitFor({ timeout: 180_000 });
    await page.getByText('Ingen sager skal slettes nu.').waitFor();
    expect((await admin.retention.preview.query({})).cases).toEqual([]);
  }, 240_000);
});
