import type { KitBrowser } from '@trappen/e2e-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parentData } from './support/api';
import { PARENT_ONE_CHILD } from './support/demo';
import { focused, tabTo } from './support/keyboard';
import { closePhoneRun, openPhoneRun } from './support/phone-run';
import { heading } from './support/portal-page';
import { PASSWORD, type TestServer } from './support/portal-server';

const visible = (outline: string) => !outline.startsWith('none') && !outline.endsWith(' 0px');

// The whole flow with the keyboard only: no clicks, no fills.
describe('a keyboard-only parent', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openPhoneRun());
  });

  afterAll(() => closePhoneRun({ server, browser }));

  it('logs in, reads the plan, leaves a view, confirms and logs out', async () => {
    const { views, client } = await parentData(server.url, PARENT_ONE_CHILD);
    const child = views[0]?.child;
    if (!child) throw new Error('no child');

    await page.goto(`${server.url}/portal/`);
    await heading(page, 'Log ind');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.name).toBe('Gå til indholdet');
    expect(visible(skip.outline), 'the skip link shows focus').toBe(true);

    const email = await tabTo(page, 'E-mail');
    expect(visible(email.outline), 'the e-mail field shows focus').toBe(true);
    await page.keyboard.type(PARENT_ONE_CHILD);
    await tabTo(page, 'Adgangskode');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await heading(page, `Planen for ${child.firstName}`);
    expect((await focused(page)).name, 'focus moves to the new page heading').toBe(
      `Planen for ${child.firstName}`,
    );

    const write = await tabTo(page, 'Skriv din mening før mødet');
    expect(visible(write.outline)).toBe(true);
    await page.keyboard.press('Enter');
    await heading(page, 'Din mening før mødet');
    expect((await focused(page)).name).toBe('Din mening før mødet');
    await tabTo(page, 'Din mening (skal udfyldes)');
    await page.keyboard.type('Skrevet kun med tastaturet.');
    const send = await tabTo(page, 'Send til sagsbehandleren');
    expect(visible(send.outline)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Tak. Din mening er sendt').waitFor();
    expect((await focused(page)).name, 'focus moves to the success message').toContain(
      'Tak. Din mening er sendt',
    );

    await tabTo(page, 'Tilbage til planen', { backwards: true });
    await page.keyboard.press('Enter');
    await heading(page, `Planen for ${child.firstName}`);
    await tabTo(page, 'Jeg har læst planen');
    await page.keyboard.press('Space');
    await page.getByText(/Du har bekræftet, at du har læst planen/).waitFor();

    const stored = await client.plans.parentView.query({ childId: child.id });
    expect(stored.ownComments.map((c) => c.body)).toContain('Skrevet kun med tastaturet.');
    expect(stored.plan?.readByMe).not.toBeNull();

    const logout = await tabTo(page, 'Log ud', { backwards: true });
    expect(visible(logout.outline)).toBe(true);
    await page.keyboard.press('Enter');
    await heading(page, 'Log ind');
    await page.getByText('Du er logget ud').waitFor();
  });

  it('reaches the accessibility statement from the footer', async () => {
    await tabTo(page, 'Tilgængelighedserklæring');
    await page.keyboard.press('Enter');
    await heading(page, 'Tilgængelighedserklæring');
    expect((await focused(page)).name).toBe('Tilgængelighedserklæring');
  });
});
