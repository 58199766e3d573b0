import { readFile } from 'node:fs/promises';
import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api';
import { auditPage, closeRun, openSignedIn, USERS } from './support';

describe('console: CSV import', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let caseId = '';
  beforeAll(async () => {
    ({ server, browser } = await openSignedIn(USERS.administrator));
    const api = await apiAs(server.url, USERS.administrator);
    const list = await api.cases.list.query({ scope: 'scope' });
    caseId = list.items[0]?.caseId ?? '';
  });
  afterAll(() => closeRun({ server, browser }));

  const header = 'case_id,code,start_date,planned_end,end_date,provider,daily_rate';
  const file = (...rows: string[]) => ({
    name: 'indsatser.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...rows].join('\r\n')),
  });
  const imported = async () => {
    const api = await apiAs(server.url, USERS.administrator);
    const detail = await api.cases.get.query({ caseId });
    return detail.interventions.filter((i) => i.startDate === '2025-06-10').length;
  };

  it('lists a bad row with its reason, imports the fixed file, and a re-import writes nothing new', async () => {
    const { page } = browser;
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Import' })
      .click();
    await page.getByRole('heading', { name: 'Import af data', level: 1 }).waitFor();
    await page.getByLabel('Hvad vil du importere?').selectOption({ label: 'Indsatser' });
    const columns = page.getByRole('table', { name: 'Kolonner i filen: Indsatser' });
    await columns.getByRole('rowheader', { name: 'start_date' }).waitFor();

    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent skabelon (indsatser.csv)' }).click(),
    ]);
    expect(template.suggestedFilename()).toBe('indsatser.csv');
    expect((await readFile(await template.path(), 'utf8')).replace(/^\uFEFF/, '')).toMatch(
      new RegExp(`^${header}\\r\\n`),
    );

    const importButton = page.getByRole('button', { name: 'Importér', exact: true });
    const input = page.getByLabel('CSV-fil');
    await input.setInputFiles(
      file(`${caseId},family-treatment,2025-06-10,,,,`, `${caseId},no-such-code,2025-06-10,,,,`),
    );
    await page.getByText('Læst: indsatser.csv').waitFor();
    await page.getByRole('button', { name: 'Kontrollér filen' }).click();
    const problems = page.getByRole('table', { name: 'Fejl i filen' });
    await problems.waitFor();
    expect(await problems.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^3\s*code\s*no-such-code\s*Ukendt indsatskode i kommunens katalog$/),
    ]);
    expect(await importButton.isDisabled()).toBe(true);
    await auditPage(page, 'import-problems');

    const fixed = file(
      `${caseId},family-treatment,2025-06-10,,,,`,
      `${caseId},school,2025-06-10,,,,`,
    );
    await input.setInputFiles(fixed);
    await page.getByRole('button', { name: 'Kontrollér filen' }).click();
    await page.getByText('Ingen fejl i 2 rækker. Filen er klar til import.').waitFor();
    expect(await problems.count()).toBe(0);
    await importButton.click();
    await page
      .getByText('Importen er gennemført: 2 nye rækker skrevet, 0 fandtes allerede (af 2).')
      .waitFor();
    expect(await imported()).toBe(2);
    expect(await importButton.isDisabled()).toBe(true);
    await auditPage(page, 'import-done');

    await input.setInputFiles(fixed);
    await page.getByRole('button', { name: 'Kontrollér filen' }).click();
    await page.getByText('Ingen fejl i 2 rækker. Filen er klar til import.').waitFor();
    await importButton.click();
    await page.getByText('Intet nyt blev skrevet: alle 2 rækker fandtes allerede.').waitFor();
    expect(await imported()).toBe(2);
  });
});
