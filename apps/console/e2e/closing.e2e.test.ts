import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api';
import { auditPage, closeRun, openSignedIn, USERS } from './support';

describe('console: closing a case, the access export and the transfer summary', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let caseId = '';
  let childName = '';
  beforeAll(async () => {
    ({ server, browser } = await openSignedIn(USERS.caseworker));
    const parent = await apiAs(server.url, USERS.parent);
    const childId = (await parent.plans.myChildren.query())[0]?.childId ?? '';
    const staff = await apiAs(server.url, USERS.caseworker);
    const list = await staff.cases.list.query({ pageSize: 100 });
    const found = list.items.find((c) => c.childId === childId);
    caseId = found?.caseId ?? '';
    childName = found?.childName ?? '';
  });
  afterAll(() => closeRun({ server, browser }));

  it('answers a custody holder’s access request in one step with a printable document', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/console/cases/${caseId}`);
    const access = page.getByRole('region', { name: 'Indsigt' });
    await access.waitFor();
    await access.getByRole('radio').first().check();
    await access.getByRole('button', { name: 'Lav indsigtsudtræk' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Indsigt i oplysninger om ${childName}` })
      .waitFor();
    for (const section of [
      'Forældremyndighedsindehavere',
      'Indsatser',
      'Offentliggjorte versioner af handleplanen',
      'Samtykker',
      'Hvem har set sagen (adgangslog)',
    ])
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    expect(await page.getByText('underretterens identitet kan være beskyttet').count()).toBe(1);
    await auditPage(page, 'access-export');
  });

  it('closes the case after confirming, ending its open interventions; it leaves "my cases"', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/console/cases/${caseId}`);
    const closing = page.getByRole('region', { name: 'Lukning af sagen' });
    await closing.waitFor();
    await closing.getByLabel('Begrundelse').selectOption({ label: 'Flyttet til en anden kommune' });
    await closing.getByRole('checkbox', { name: /åbne indsatser på lukkedatoen/ }).check();
    await auditPage(page, 'case-closing');
    await closing.getByRole('button', { name: 'Luk sagen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Luk sagen?' });
    await dialog.waitFor();
    await auditPage(page, 'case-closing-dialog');
    await dialog.getByRole('button', { name: 'Luk sagen' }).click();
    await closing.getByText('Sagen er lukket.').waitFor();
    await closing.getByText(/Lukket .*: Flyttet til en anden kommune/).waitFor();
    const staff = await apiAs(server.url, USERS.caseworker);
    const detail = await staff.cases.get.query({ caseId });
    expect(detail.status).toBe('closed');
    expect(detail.interventions.every((i) => i.endDate !== null)).toBe(true);
    const mine = await staff.cases.list.query({ pageSize: 100 });
    expect(mine.items.some((c) => c.caseId === caseId)).toBe(false);

    await closing.getByRole('link', { name: /Overdragelsesresumé/ }).click();
    await page
      .getByRole('heading', { level: 1, name: `Overdragelsesresumé: ${childName}` })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Handleplaner' }).waitFor();
    await auditPage(page, 'transfer-summary');
  });
});
