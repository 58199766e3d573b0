import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api';
import { auditPage, closeRun, openSignedIn, USERS } from './support';

describe('console: from a notification of concern to an open case', () => {
  let server: TestServer;
  let browser: KitBrowser;
  beforeAll(async () => {
    ({ server, browser } = await openSignedIn(USERS.caseworker));
  });
  afterAll(() => closeRun({ server, browser }));

  it("takes a school's notification through the 24-hour assessment to a case with a child assessment", async () => {
    const { page } = browser;
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Underretninger' })
      .click();
    await page.getByRole('heading', { name: 'Underretninger', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Registrér en underretning' }).click();
    const form = page.getByRole('form', { name: 'Ny underretning' });
    // The demo day is 30 June 2025; the server's clock stands at 10:00 Danish time.
    await form.getByLabel('Modtaget (dato og klokkeslæt)').fill('2025-06-30T08:00');
    await form.getByLabel('Hvem underretter').selectOption('school');
    await form.getByLabel('Underretterens navn').fill('Skovby Skole');
    await form
      .getByLabel('Underretterens kontakt (til kvitteringen)')
      .fill('kontor@skovby.example');
    await form.getByLabel('Barnets navn').fill('Ida Skov');
    await form.getByLabel('Fødselsdato').fill('2018-03-15');
    await form.getByLabel('Bekymringen').fill('Ida kommer sulten i skole og har blå mærker.');
    await form.getByLabel('Handler om vold eller overgreb').check();
    await auditPage(page, 'intake-new');
    await form.getByRole('button', { name: 'Registrér underretningen' }).click();
    await page.getByText('Underretningen er registreret.').waitFor();

    const item = page.getByRole('article', { name: /Ida Skov/ });
    await expect.poll(() => item.textContent()).toContain('22 t 0 min tilbage');
    await auditPage(page, 'intake-queue');
    await item.getByRole('button', { name: 'Vurdér' }).click();
    const assess = page.getByRole('form', { name: 'Vurdering af underretningen om Ida Skov' });
    await assess.getByLabel('Udfald').selectOption('childAssessment');
    await assess.getByLabel('Begrundelse').fill('Bekymringen kræver en børnefaglig undersøgelse.');
    await assess.getByRole('button', { name: 'Gem vurderingen' }).click();
    await page.getByText('Vurderingen er gemt.').waitFor();

    await page.getByRole('button', { name: 'Opret sag for barnet' }).click();
    const open = page.getByRole('form', { name: 'Opret sag for Ida Skov' });
    await open.getByLabel('CPR-nummer').fill('150318-4321');
    await open.getByLabel('Distrikt').fill('Nord');
    await open.getByLabel('Navn (1)').fill('Maria Skov');
    await open.getByLabel('Relation (1)').fill('mor');
    await open.getByLabel('Kontakt (1)').fill('12345678');
    await open.getByLabel('Navn (2)').fill('Jens Skov');
    await open.getByLabel('Relation (2)').fill('far');
    await expect.poll(() => open.getByLabel('Sagsbehandler').inputValue()).not.toBe('');
    await auditPage(page, 'intake-open-case');
    await open.getByRole('button', { name: 'Opret sagen' }).click();
    await page.getByText('Sagen er oprettet.').waitFor();
    await page.getByRole('button', { name: 'Start børnefaglig undersøgelse' }).click();
    await page.getByText('Børnefaglig undersøgelse startet. Frist: 30. oktober 2025.').waitFor();

    const receipts = page.getByRole('region', { name: 'Kvitteringer til fagpersoner' });
    await receipts.getByText('Skovby Skole', { exact: true }).waitFor();
    await receipts.getByRole('button', { name: 'Markér kvitteringen som sendt' }).click();
    await page.getByText('Kvitteringen er markeret som sendt.').waitFor();
    await auditPage(page, 'intake-done');

    // The child is in the caseworker's cases, with the assessment's deadline.
    await page.goto(`${server.url}/console/cases?q=${encodeURIComponent('Ida Skov')}`);
    const row = page.getByRole('row', { name: /Ida Skov/ });
    await expect.poll(() => row.textContent()).toContain('30. okt. 2025');
    await auditPage(page, 'intake-my-cases');
    await row.getByRole('link', { name: /Ida Skov/ }).click();
    const section = page.getByRole('region', {
      name: 'Underretninger og børnefaglig undersøgelse',
    });
    await section.getByText('Underretninger om barnet (1)').waitFor();
    await section.getByText('Startet 30. juni 2025, frist 30. oktober 2025').waitFor();
    await auditPage(page, 'intake-case');

    const api = await apiAs(server.url, USERS.caseworker);
    const mine = await api.cases.list.query({ scope: 'mine', search: 'Ida Skov' });
    expect(mine.items.map((c) => c.nextDeadline)).toEqual(['2025-10-30']);
    const childId = mine.items[0]?.childId ?? '';
    expect(childId).toMatch(/^[0-9a-f-]{36}$/);
    const rows = async (query: string) =>
      ((await server.handle.db.execute(query)) as unknown as { rows: Record<string, unknown>[] })
        .rows;
    expect(
      await rows(`select name, custody from guardians where child_id = '${childId}' order by name`),
    ).toEqual([
      { name: 'Jens Skov', custody: true },
      { name: 'Maria Skov', custody: true },
    ]);
    // The CPR number is in no audit row.
    expect(
      await rows(
        "select id from audit_log where criteria::text like '%1503184321%' or criteria::text like '%150318-4321%'",
      ),
    ).toEqual([]);
  });
});
