import { sessions } from '@trappen/db';
import type { KitBrowser } from '@trappen/e2e-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredState } from './support/browser-state';
import { PARENT_ONE_CHILD } from './support/demo';
import { closePhoneRun, openPhoneRun } from './support/phone-run';
import { expectAccessible, heading, logIn, mainText, openLogin } from './support/portal-page';
import type { TestServer } from './support/portal-server';

describe('an expired session', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openPhoneRun());
  });

  afterAll(() => closePhoneRun({ server, browser }));

  it('shows a clear message and the login, and forgets the child', async () => {
    await openLogin(page, server.url);
    await logIn(page, PARENT_ONE_CHILD);
    await heading(page, /Planen for/);
    const name = (await page.locator('h1').textContent())?.replace('Planen for ', '') ?? '';

    await page.getByRole('link', { name: 'Skriv din mening før mødet' }).click();
    await heading(page, 'Din mening før mødet');
    await page.getByLabel(/Din mening/).fill('Jeg skrev længe …');

    // The parent was away longer than the 30-minute idle limit.
    await server.handle.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 2 * 60 * 60 * 1000) });
    await page.getByRole('button', { name: 'Send til sagsbehandleren' }).click();

    await heading(page, 'Log ind');
    await page.getByText('Du er blevet logget ud').waitFor();
    expect(await mainText(page)).toContain('For at beskytte dine oplysninger har vi logget dig ud');
    expect(await mainText(page)).not.toContain(name);
    expect(new URL(page.url()).pathname).toBe('/portal/');
    await expectAccessible(page, 'session-expired');
    const stored = await readStoredState(page);
    expect(stored.localStorage).toEqual({});
    expect(stored.indexedDbNames).toEqual([]);

    await logIn(page, PARENT_ONE_CHILD);
    await heading(page, `Planen for ${name}`);
  });
});
