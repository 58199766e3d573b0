import { type KitBrowser, screenshot } from '@trappen/e2e-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parentData } from './support/api';
import { PARENT_ONE_CHILD, PARENT_TWO_CHILDREN, PHONE } from './support/demo';
import { closePhoneRun, openPhoneRun } from './support/phone-run';
import { expectAccessible, heading, logIn, mainText, openLogin } from './support/portal-page';
import type { TestServer } from './support/portal-server';

// Zero axe violations (WCAG 2.0/2.1 A and AA, any impact) on every page and state
// not already covered by the parent flow.
describe('every page and state is accessible', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openPhoneRun());
  });

  afterAll(() => closePhoneRun({ server, browser }));

  it('login error: a wrong password says so, in words', async () => {
    await openLogin(page, server.url);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText('Skriv din e-mail.').waitFor();
    await expectAccessible(page, 'login-missing-fields');
    await logIn(page, PARENT_ONE_CHILD, 'wrong-password');
    await page.getByRole('alert').getByText('E-mail eller adgangskode er forkert.').waitFor();
    await expectAccessible(page, 'login-error');
  });

  it('the accessibility statement has the usual sections and is linked from the footer', async () => {
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Tilgængelighedserklæring' })
      .click();
    await heading(page, 'Tilgængelighedserklæring');
    for (const section of [
      'Overensstemmelsesstatus',
      'Indhold, der ikke er tilgængeligt',
      'Udarbejdelse af erklæringen',
      'Feedback og kontaktoplysninger',
      'Håndhævelsesprocedure',
    ])
      expect(await page.getByRole('heading', { level: 2, name: section }).count()).toBe(1);
    await expectAccessible(page, 'accessibility-statement');
  });

  it('choose child: a parent of two children picks one', async () => {
    const { children } = await parentData(server.url, PARENT_TWO_CHILDREN);
    expect(children).toHaveLength(2);
    await openLogin(page, server.url);
    await logIn(page, PARENT_TWO_CHILDREN);
    await heading(page, 'Vælg barn');
    for (const child of children)
      expect(await page.getByRole('link', { name: new RegExp(child.firstName) }).count()).toBe(1);
    await expectAccessible(page, 'choose-child');
    const second = children[1];
    if (!second) throw new Error('no second child');
    await page.getByRole('link', { name: new RegExp(second.firstName) }).click();
    await heading(page, `Planen for ${second.firstName}`);
    expect(await page.getByRole('contentinfo').getByRole('link').count()).toBe(1);
    await page.getByRole('link', { name: 'Vælg et andet barn' }).click();
    await heading(page, 'Vælg barn');
  });

  it('the English toggle switches the whole page and <html lang>', async () => {
    const { children } = await parentData(server.url, PARENT_TWO_CHILDREN);
    const child = children[0];
    if (!child) throw new Error('no child');
    await page.getByRole('link', { name: new RegExp(child.firstName) }).click();
    await heading(page, `Planen for ${child.firstName}`);
    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, `The plan for ${child.firstName}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('img', { name: /The child is on step \d of 6/ }).count()).toBe(1);
    const text = await mainText(page);
    expect(text).toContain('What you can expect now');
    expect(text).toContain('Your caseworker');
    await expectAccessible(page, 'plan-english');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await heading(page, `Planen for ${child.firstName}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
  });

  it('an unknown address and an unknown child get plain pages', async () => {
    await page.goto(`${server.url}/portal/findes-ikke`);
    await heading(page, 'Vi kunne ikke finde siden');
    await expectAccessible(page, 'page-not-found');
    await page.goto(`${server.url}/portal/barn/00000000-0000-4000-8000-000000000000`);
    await heading(page, 'Vi kunne ikke finde barnet');
    await expectAccessible(page, 'child-not-found');
  });

  it('the plan page reads well on a desktop screen too', async () => {
    const { children } = await parentData(server.url, PARENT_TWO_CHILDREN);
    const child = children[0];
    if (!child) throw new Error('no child');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/portal/barn/${child.childId}`);
    await heading(page, `Planen for ${child.firstName}`);
    await expectAccessible(page, 'plan-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'portal-plan-phone-viewport', { fullPage: false });
  });
});
