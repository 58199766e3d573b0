import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api';
import { auditPage, closeRun, openHerningCase, openSignedIn, USERS } from './support';

const cellsOf = (row: import('playwright-core').Locator) =>
  row.evaluate((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) =>
      (c.textContent ?? '')
        .replace(/\u2212/g, '-')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );

describe('console: compare business case versions', () => {
  let server: TestServer;
  let browser: KitBrowser;
  beforeAll(async () => {
    ({ server, browser } = await openSignedIn(USERS.teamLeader));
  });
  afterAll(() => closeRun({ server, browser }));

  it('says there is nothing to compare until a second version is saved', async () => {
    const { page } = browser;
    await openHerningCase(page);
    const section = page.getByRole('region', { name: 'Sammenlign versioner' });
    await section.getByText(/Der er kun én gemt version/).waitFor();
    await auditPage(page, 'business-compare-empty');
  });

  it('compares two saved versions per year and per line, changes marked in words and arrows', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Ret linjer' }).click();
    await page
      .getByRole('group', { name: 'Project management' })
      .getByLabel('Beløb 2018 (kr.)')
      .fill('100000');
    await page.getByRole('button', { name: 'Gem business case' }).click();
    await page.getByText('Gemt som version 2.').first().waitFor();
    await page.getByRole('button', { name: 'Luk redigering' }).click();

    const section = page.getByRole('region', { name: 'Sammenlign versioner' });
    const from = section.getByLabel('Fra version');
    await from.waitFor();
    await from.selectOption('2');
    await section.getByRole('button', { name: 'Sammenlign versionerne' }).click();
    await section.getByText('Vælg to forskellige versioner.').waitFor();
    expect(await from.getAttribute('aria-invalid')).toBe('true');

    await from.selectOption('1');
    expect(await section.getByLabel('Til version').inputValue()).toBe('2');
    await section.getByRole('button', { name: 'Sammenlign versionerne' }).click();
    const byYear = section.getByRole('table', { name: /Forskel pr. år, version 1 → 2/ });
    await byYear.waitFor();
    await section
      .getByText('Version 1 sammenlignet med version 2: 2 af 4 år og 1 linjer er ændret.')
      .waitFor();
    const years = await byYear.locator('tbody tr').all();
    const rows = await Promise.all(years.map(cellsOf));
    // Year, gross v1, gross v2, difference, net v1, net v2, difference, cumulative v1, v2, difference, changed?
    expect(rows[0]).toEqual([
      '2016',
      '6.665',
      '6.665',
      '0',
      '3.165',
      '3.165',
      '0',
      '3.165',
      '3.165',
      '0',
      'Uændret',
    ]);
    expect(rows[2]?.slice(0, 7)).toEqual([
      '2018',
      '6.265',
      '6.365',
      '▲ +100',
      '-6.235',
      '-6.135',
      '▲ +100',
    ]);
    expect(rows[2]?.at(-1)).toBe('Ændret');
    expect(rows[3]?.slice(7)).toEqual(['-10.340', '-10.240', '▲ +100', 'Ændret']);

    const byLine = section.getByRole('table', { name: /Forskel pr. linje, version 1 → 2/ });
    const changed = byLine.locator('tbody tr', { hasText: 'Project management' });
    expect(await cellsOf(changed)).toEqual([
      'Project management',
      'SO20',
      'Ændret',
      '200',
      '200',
      '0 → 100 ▲ +100',
      '0',
    ]);
    const leader = await apiAs(server.url, USERS.teamLeader);
    const [saved] = await leader.businessCases.list.query();
    const lines = (
      (await leader.businessCases.get.query({ id: saved?.id ?? '' })).definition as {
        lines: unknown[];
      }
    ).lines;
    expect(await byLine.locator('tbody tr', { hasText: 'Uændret' }).count()).toBe(lines.length - 1);
    await section.getByRole('table', { name: 'Version 1 i 1.000 kr.' }).waitFor();
    await section.getByRole('table', { name: 'Version 2 i 1.000 kr.' }).waitFor();
    await auditPage(page, 'business-compare');
  });

  it("shows who saved the newer version when a save conflicts, and keeps the user's edit", async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Ret linjer' }).click();
    const amount = page
      .getByRole('group', { name: 'Project management' })
      .getByLabel('Beløb 2019 (kr.)');
    await amount.fill('50000');
    const other = await apiAs(server.url, USERS.administrator);
    const [herning] = await other.businessCases.list.query();
    if (!herning) throw new Error('no business case');
    const current = await other.businessCases.get.query({ id: herning.id });
    await other.businessCases.save.mutate({
      id: herning.id,
      version: herning.version,
      definition: current.definition as Parameters<
        typeof other.businessCases.save.mutate
      >[0]['definition'],
    });
    await page.getByRole('button', { name: 'Gem business case' }).click();
    const notice = page.locator('.c-conflict');
    await notice.getByText(/Version 3 blev gemt af Administrator den/).waitFor();
    expect(await amount.inputValue()).toBe('50000');
    await auditPage(page, 'business-compare-conflict');
  });
});
