import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, closeRun, openHerningCase, openSignedIn, USERS } from './support';

/** DOMAIN.md §5.1, Herning's business case in 1,000 DKK, row by row (label, area, 2016-2019). */
const DOMAIN_5_1: readonly (readonly string[])[] = [
  ['11 caseworkers', 'SO20', '4,620', '4,620', '4,620', '4,620'],
  ['project management', 'SO20', '200', '200', '0', '0'],
  ['total SO20', '', '4,820', '4,820', '4,620', '4,620'],
  ['2 educational psychologists', 'SO16', '1,000', '1,000', '1,000', '1,000'],
  ['1 health visitor', 'SO16', '445', '445', '445', '445'],
  ['competence development, courses', 'SO16', '400', '400', '200', '0'],
  ['expected saving on placements', 'SO16', '-3,500', '-7,500', '-12,500', '-12,500'],
  ['total SO16', '', '-1,655', '-5,655', '-10,855', '-11,055'],
  ['net', '', '3,165', '-835', '-6,235', '-6,435'],
];

describe('console: team leader — team view and business cases', () => {
  let server: TestServer;
  let browser: KitBrowser;
  beforeAll(async () => {
    ({ server, browser } = await openSignedIn(USERS.teamLeader));
  });
  afterAll(() => closeRun({ server, browser }));

  it('shows the leader navigation and the team caseload against the norm', async () => {
    const { page } = browser;
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Sager',
      'Underretninger',
      'Team',
      'Business cases',
      'Import',
      'Medarbejdere',
    ]);
    await auditPage(page, 'team-cases');
    await nav.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { name: 'Teamets sagstal' }).waitFor();
    await page.getByText(/Norm: \d+ børn pr. årsværk/).waitFor();
    const table = page.getByRole('table', { name: 'Sagstal pr. sagsbehandler' });
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await auditPage(page, 'team');
  });

  it('shows the business case table exactly as DOMAIN.md §5.1, with net and cumulative net', async () => {
    const { page } = browser;
    await openHerningCase(page);
    const table = page.getByTestId('business-case-table');
    await table.waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Dansk' }).waitFor();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()),
        ),
      );
    const normal = (cells: readonly string[]) =>
      cells.map((c, i) => (i === 0 ? c.toLowerCase() : c.replace(/\u2212/g, '-')));
    expect(rows.slice(0, DOMAIN_5_1.length).map(normal)).toEqual(DOMAIN_5_1.map(normal));
    expect(normal(rows[DOMAIN_5_1.length] ?? [])).toEqual([
      'cumulative net',
      '',
      '3,165',
      '2,330',
      '-3,905',
      '-10,340',
    ]);
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Line',
      'Budget area',
      '2016',
      '2017',
      '2018',
      '2019',
    ]);
    await auditPage(page, 'business-case');
    await page.getByRole('button', { name: 'Dansk' }).click();
  });

  it('edits a line, shows the re-evaluated table before saving, and saves a new version', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Ret linjer' }).click();
    const line = page.getByRole('group', { name: 'Project management' });
    await line.getByLabel('Beløb 2018 (kr.)').fill('100000');
    const table = page.getByTestId('business-case-table');
    await expect
      .poll(() => table.locator('tbody tr').nth(1).locator('td').allTextContents())
      .toEqual(['SO20', '200', '200', '100', '0']);
    await page.getByText('Tabellen viser dine ændringer, som ikke er gemt.').waitFor();
    await auditPage(page, 'business-case-edit');
    await page.getByRole('button', { name: 'Gem business case' }).click();
    await page.getByText('Gemt som version 2.').first().waitFor();
    await page.getByRole('link', { name: 'Udskriftsvenlig visning' }).click();
    await page.getByRole('button', { name: 'Udskriv' }).waitFor();
    await auditPage(page, 'business-case-print');
  });
});
