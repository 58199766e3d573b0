import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api';
import { auditPage, logIn, openBrowser, startConsoleServer, USERS } from './support';

/** A date as the console shows it (`formatDate(iso, 'da', 'medium')`). */
const shownDate = (iso: string) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

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

  it('shows new deadlines on the case page once stricter follow-up rules are saved', async () => {
    const { page } = browser;
    const api = await apiAs(server.url, USERS.administrator);
    const listed = await api.cases.list.query({
      scope: 'scope',
      pageSize: 20,
      sortBy: 'childName',
    });
    const before = await Promise.all(
      listed.items.map((c) => api.cases.get.query({ caseId: c.caseId })),
    );
    await page.goto(`${server.url}/console/admin`);

    await page.getByLabel('Opfølgningsregler (JSON)').fill(
      JSON.stringify({
        version: 'e2e-strict',
        rules: [{ kind: 'followUp', firstAfterDays: 1 }, { kind: 'stepReassessment' }],
      }),
    );
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    await page.getByText(/Fristerne er genberegnet i [1-9]\d* åbne sager\./).waitFor();

    const after = await Promise.all(before.map((c) => api.cases.get.query({ caseId: c.caseId })));
    const changed = after.find((c, i) => c.nextDeadline !== before[i]?.nextDeadline);
    if (!changed?.nextDeadline) throw new Error('no case got a new deadline');
    const old = before.find((c) => c.caseId === changed.caseId)?.nextDeadline;
    await page.goto(`${server.url}/console/cases/${changed.caseId}`);
    const deadline = page
      .locator('dt', { hasText: 'Næste frist' })
      .locator('xpath=following-sibling::dd[1]');
    await deadline.getByText(shownDate(changed.nextDeadline)).waitFor();
    if (old) expect(await deadline.textContent()).not.toContain(shownDate(old));

    await page.goto(`${server.url}/console/admin`);
    await page.getByLabel('Opfølgningsregler (JSON)').fill('');
    await page.getByRole('button', { name: 'Gem som ny version' }).click();
    await page.getByText(/Fristerne er genberegnet/).waitFor();
    const restored = await api.cases.get.query({ caseId: changed.caseId });
    expect(restored.nextDeadline).toBe(old ?? null);
  });

  it("adds, renames and retires a catalogue intervention with defineStaircase's issues at the fields", async () => {
    const { page } = browser;
    const catalogue = page.getByRole('region', { name: 'Indsatskatalog' });
    const add = catalogue.locator('form', {
      has: page.getByRole('heading', { name: 'Tilføj en indsats' }),
    });
    await add.getByLabel('Kode', { exact: false }).fill('Bad Code');
    await add.getByLabel('Navn (engelsk)').fill('Mentor programme');
    await add.getByRole('button', { name: 'Tilføj indsatsen' }).click();
    await add.getByText('Kun små bogstaver, tal og bindestreger.').first().waitFor();
    await add.getByText('Skriv et dansk navn.').first().waitFor();
    await add
      .getByText(/Vælg et trin fra trappen\./)
      .first()
      .waitFor();
    expect(await add.getByLabel('Kode', { exact: false }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await add.getByLabel('Trin', { exact: false }).selectOption({ index: 3 });
    await add.getByLabel('Kode', { exact: false }).fill('mentorordning');
    await add.getByLabel('Navn (dansk)').fill('Mentorordning');
    await add.getByLabel('Standard dagstakst (kr.)', { exact: false }).fill('450');
    await add.getByRole('button', { name: 'Tilføj indsatsen' }).click();
    await page.getByText(/Indsatsen Mentorordning er tilføjet som version \d+\./).waitFor();
    const row = catalogue.getByRole('row', { name: /Mentorordning/ });
    expect(await row.textContent()).toContain('mentorordning');
    expect(await row.textContent()).toContain('450');
    const history = page.getByRole('table', { name: 'Versionshistorik: Trappens trin' });
    expect(await history.locator('tbody tr').first().textContent()).toMatch(
      /Administrator.*mentorordning/,
    );

    await catalogue.getByRole('button', { name: 'Omdøb Mentorordning' }).click();
    const rename = catalogue.locator('form', {
      has: page.getByRole('heading', { name: 'Omdøb Mentorordning' }),
    });
    await rename.getByLabel('Navn (dansk)').fill('Mentorforløb');
    await rename.getByRole('button', { name: 'Gem nyt navn' }).click();
    await page.getByText(/Indsatsen hedder nu Mentorforløb/).waitFor();

    await catalogue.getByRole('button', { name: 'Udgå Mentorforløb' }).click();
    const dialog = page.getByRole('dialog', { name: 'Udgå Mentorforløb af kataloget?' });
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await catalogue.getByRole('row', { name: /Mentorforløb/ }).textContent()).toContain(
      'Aktiv',
    );
    await catalogue.getByRole('button', { name: 'Udgå Mentorforløb' }).click();
    await page
      .getByRole('dialog', { name: 'Udgå Mentorforløb af kataloget?' })
      .getByRole('button', { name: 'Udgå indsatsen' })
      .click();
    await page.getByText(/Mentorforløb er udgået af kataloget/).waitFor();
    await catalogue.getByRole('button', { name: 'Genindsæt Mentorforløb' }).waitFor();
    expect(await catalogue.getByRole('row', { name: /Mentorforløb/ }).textContent()).toContain(
      'Udgået',
    );
    await auditPage(page, 'admin-catalogue');

    const api = await apiAs(server.url, USERS.administrator);
    const [open] = (await api.cases.list.query({ scope: 'scope', pageSize: 1 })).items;
    if (!open) throw new Error('no open case');
    const refused = await api.interventions.add
      .mutate({
        caseId: open.caseId,
        caseVersion: open.version,
        code: 'mentorordning',
        startDate: '2025-01-15',
      })
      .then(
        () => null,
        (error: { data?: { code?: string } }) => error.data?.code,
      );
    expect(refused).toBe('BAD_REQUEST');
  });

  it("shows the other administrator's catalogue change on a conflict and keeps what was typed", async () => {
    const { page } = browser;
    const catalogue = page.getByRole('region', { name: 'Indsatskatalog' });
    const add = catalogue.locator('form', {
      has: page.getByRole('heading', { name: 'Tilføj en indsats' }),
    });
    await add.getByLabel('Trin', { exact: false }).selectOption({ index: 2 });
    await add.getByLabel('Kode', { exact: false }).fill('familieraad');
    await add.getByLabel('Navn (dansk)').fill('Familieråd');
    await add.getByLabel('Navn (engelsk)').fill('Family group conference');

    const other = await apiAs(server.url, USERS.administrator);
    const { staircase } = await other.adminConfig.get.query();
    await other.adminConfig.saveCatalogue.mutate({
      version: staircase.version,
      change: { action: 'rename', code: 'mentorordning', name: { da: 'Mentor', en: 'Mentor' } },
    });

    await add.getByRole('button', { name: 'Tilføj indsatsen' }).click();
    const notice = catalogue.getByTestId('conflict-staircase');
    await notice
      .getByText(`Version ${staircase.version + 1} blev gemt af Administrator den`, {
        exact: false,
      })
      .waitFor();
    await notice.getByText('mentorordning: name.da').waitFor();
    expect(await add.getByLabel('Kode', { exact: false }).inputValue()).toBe('familieraad');
    await auditPage(page, 'admin-catalogue-conflict');

    await notice.getByRole('button', { name: 'Hent nyeste version' }).click();
    await notice.waitFor({ state: 'detached' });
    await catalogue
      .getByRole('row', { name: /Mentor/ })
      .first()
      .waitFor();
    await add.getByRole('button', { name: 'Tilføj indsatsen' }).click();
    await page.getByText(/Indsatsen Familieråd er tilføjet som version \d+\./).waitFor();
  });
});
