import type { KitBrowser } from '@trappen/e2e-kit';
import { PASSWORD, type TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api';
import { auditPage, logIn, openBrowser, startConsoleServer, USERS } from './support';

describe('console: stale edits and keyboard use', () => {
  let server: TestServer;
  let first: KitBrowser;
  let second: KitBrowser;
  beforeAll(async () => {
    server = await startConsoleServer();
    first = await openBrowser();
    second = await openBrowser();
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await server?.close();
  });

  it('on a stale plan edit shows the other version, keeps what was typed, and saves it on top', async () => {
    const api = await apiAs(server.url, USERS.caseworker);
    const list = await api.cases.list.query({ scope: 'mine', pageSize: 100 });
    let caseId = '';
    for (const item of list.items) {
      if ((await api.cases.get.query({ caseId: item.caseId })).plan) {
        caseId = item.caseId;
        break;
      }
    }
    expect(caseId).not.toBe('');
    await logIn(first.page, server.url, USERS.caseworker);
    await logIn(second.page, server.url, USERS.caseworker);
    const url = `${server.url}/console/cases/${caseId}`;
    await first.page.goto(url);
    await second.page.goto(url);
    const mine = first.page.locator('#plan');
    const theirs = second.page.locator('#plan');
    await mine.getByLabel('Formål').waitFor();
    await theirs.getByLabel('Formål').waitFor();

    await mine.getByLabel('Formål').fill('Min tekst: skolegang hver dag.');
    await theirs.getByLabel('Formål').fill('Deres tekst: mere tid hjemme.');
    await theirs.getByRole('button', { name: 'Gem udkast' }).click();
    await theirs
      .getByText(/Udkastet er gemt/)
      .first()
      .waitFor();

    await mine.getByRole('button', { name: 'Gem udkast' }).click();
    const notice = mine.getByRole('alert').filter({ hasText: 'En anden har ændret planen imens' });
    await notice.waitFor();
    await expect
      .poll(() => notice.getByTestId('their-purpose').textContent())
      .toBe('Deres tekst: mere tid hjemme.');
    expect(await mine.getByLabel('Formål').inputValue()).toBe('Min tekst: skolegang hver dag.');
    await auditPage(first.page, 'case-plan-conflict');

    await notice.getByRole('button', { name: 'Brug min tekst oven på den nye version' }).click();
    await mine.getByRole('button', { name: 'Gem udkast' }).click();
    await mine
      .getByText(/Udkastet er gemt/)
      .first()
      .waitFor();
    const saved = await api.cases.get.query({ caseId });
    expect(saved.plan?.purpose).toBe('Min tekst: skolegang hver dag.');
  });

  it('works with the keyboard alone: log in, open a case, move between sections', async () => {
    const page = second.page;
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    await page.goto(`${server.url}/console/`);
    await page.getByRole('heading', { name: 'Log ind' }).waitFor();
    // Skip link first, then through the header to the form.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til indholdet');
    await page.keyboard.press('Enter');
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    expect(await focusedId()).toBe('main');
    await page.keyboard.press('Tab');
    await page.keyboard.type(USERS.caseworker);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Mine sager' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();

    // Tab until the first child link in the table, then open it with Enter.
    const firstChild = (await page.locator('table tbody tr th a').first().textContent()) ?? '';
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (text === firstChild) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(firstChild);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: firstChild }).waitFor();
    // Focus moved to <main> after the navigation, so the next Tab starts in the page.
    expect(await focusedId()).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Tilbage til sagerne',
    );

    // Open the first follow-up form with the keyboard and cancel it with the keyboard.
    const followUp = page.getByRole('button', { name: /^Opfølgning: / }).first();
    await followUp.focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: /Registrér opfølgning/ });
    await form.waitFor();
    await form.getByRole('button', { name: 'Annuller' }).focus();
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    await auditPage(page, 'case-keyboard');
  });
});
