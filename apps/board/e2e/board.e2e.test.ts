import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkA11y,
  type KitBrowser,
  launchBrowser,
  screenshot,
  screenshotDir,
} from '@trappen/e2e-kit';
import {
  PASSWORD,
  startTestServer,
  type TestServer,
} from '@trappen/server/src/testing/test-server';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const APPS_DIR = fileURLToPath(new URL('../../', import.meta.url));
const COUNCIL = 'byraad@eksempelby.dk';

/** The rendered text a reader sees (hidden tables excluded), whitespace collapsed. */
async function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a council member sees is the point.
  return (await locator.innerText()).replace(/\s+/g, ' ');
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  const { violations, message } = await checkA11y(page);
  await screenshot(page, `board-${name}`);
  expect(violations, message).toEqual([]);
}

describe('the council KPI board in Chromium', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer({ appsDir: APPS_DIR });
    browser = await launchBrowser({ viewport: { width: 1366, height: 900 } });
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for a login, then shows Eksempelby’s board to the demo council member', async () => {
    await page.goto(`${server.url}/board/`);
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await page.getByLabel('E-mail').fill(COUNCIL);
    await page.getByLabel('Adgangskode').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nøgletal for indsatstrappen' }).waitFor();
    expect(await visibleText(page.locator('header'))).toContain('Eksempelby');
    for (const title of [
      'Reformen på et minut',
      'Anbragte børn',
      'Bevægelse på trappen',
      'Sagstal mod normen',
      'Besparelse: forventet mod realiseret',
    ])
      expect(
        await page.getByRole('heading', { level: 2, name: title, exact: true }).count(),
        title,
      ).toBe(1);
    const story = await visibleText(page.locator('.board-story'));
    expect(story).toMatch(/Før reformen \(2016\)/);
    // A stated baseline against the latest complete year, and the placed children's moment.
    expect(story).toContain('2016, det sidste hele år før reformen, mod 2024, det seneste hele år');
    expect(story).toContain('Anbragte børn (31. december)');
    // The legend explains both marks.
    const note = await visibleText(page.locator('main'));
    expect(note).toContain('"<5" betyder, at tallet handler om 1-4 børn');
    expect(note).toContain('"skjult" betyder, at tallet handler om 5 børn eller flere');
    expect(story).toMatch(/[+−]\d+,\d %/);
    await screenshot(page, 'board-overview-top', { fullPage: false });
    for (const id of ['placed', 'mix', 'movement', 'caseload', 'savings'])
      await page
        .locator(`#${id}`)
        .screenshot({ path: join(screenshotDir(), `board-section-${id}.png`) });
    await expectAccessible(page, 'overview');
  });

  it('shows a suppressed cell as "<5", by quarter too', async () => {
    const teamTable = page.getByRole('table', { name: /Anbragte børn pr\. team/ });
    await teamTable.waitFor();
    await page.getByRole('radio', { name: 'kvartal' }).check();
    await page.getByRole('button', { name: 'Vis tallene som tabel' }).first().click();
    const main = await visibleText(page.locator('main'));
    expect(main).toContain('<5');
    await expectAccessible(page, 'quarters');
  });

  it('shows each figure’s definition, period and source on demand', async () => {
    const about = page.locator('#placed details');
    await about.locator('summary').click();
    const text = await visibleText(about);
    expect(text).toContain('Definition');
    expect(text).toContain('aktiv anbringelse');
    expect(text).toMatch(/Periode 2015-Q1–2025-Q1/);
  });

  it('exports a table as CSV', async () => {
    await page.getByRole('radio', { name: 'år' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('#placed')
        .getByRole('button', { name: /Hent tabellen som CSV/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('placed.csv');
    const csv = (await readFile(await download.path())).toString('utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Periode;I alt;Familiepleje og netværk;Eget værelse, kost- og efterskole;Institution og opholdssted',
    );
    expect(lines.some((line) => /^2016;\d+;/.test(line))).toBe(true);
    // 2015-2024: the years that had ended by the demo's today (2025-06-30).
    expect(lines).toHaveLength(1 + 10);
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 2, name: 'The reform in a minute' }).waitFor();
    await page.getByRole('button', { name: /Dansk/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Reformen på et minut' }).waitFor();
  });

  it('prints the council report as a clean multi-page document', async () => {
    await page.getByRole('link', { name: 'Byrådsrapport' }).click();
    await page.getByRole('heading', { level: 1, name: /Byrådsrapport/ }).waitFor();
    await expectAccessible(page, 'report');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'board-report-print');
    expect(
      await page
        .getByRole('button', { name: 'Hent tabellen som CSV', exact: false })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(3);
    await page.emulateMedia({ media: 'screen' });
  });

  it('is readable at 360 px: no sideways scrolling of the page, the one-minute table row by row, axe clean', async () => {
    await page.goto(`${server.url}/board/`);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('heading', { level: 2, name: 'Reformen på et minut' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const table = page.locator('.board-story__table');
    const box = await table.boundingBox();
    expect(box?.width ?? 999).toBeLessThanOrEqual(360);
    // Each value is labelled with its column on a phone.
    const firstValue = table.locator('tbody td').first();
    expect(await firstValue.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(
      'Før reformen',
    );
    // The team table fits too, instead of scrolling inside its box.
    const teams = page.locator('#teams .tr-table-wrap');
    expect(await teams.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'phone');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('logs the council member out from the board', async () => {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    expect(await page.getByRole('button', { name: 'Log ud' }).count()).toBe(0);
  });

  it('sends a council member who opens the console or the parent portal to the board, saying why', async () => {
    await page.getByLabel('E-mail').fill(COUNCIL);
    await page.getByLabel('Adgangskode').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nøgletal for indsatstrappen' }).waitFor();
    for (const [app, from, text] of [
      ['console', 'konsol', 'Konsollen er for kommunens medarbejdere'],
      ['portal', 'portal', 'Forældreportalen er for forældre'],
    ] as const) {
      await page.goto(`${server.url}/${app}/`);
      await page.waitForURL(`**/board/?fra=${from}`);
      await page.getByRole('status').filter({ hasText: text }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/board/');
    }
  });
});
