import { fileURLToPath } from 'node:url';
import { checkA11y, type KitBrowser, launchBrowser, screenshot } from '@trappen/e2e-kit';
import {
  CPR_CLAIM,
  LOA,
  type OidcFixture,
  recordCpr,
  startOidcFixture,
} from '@trappen/server/src/testing/oidc-fixture';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const APPS_DIR = fileURLToPath(new URL('../../', import.meta.url));
const CPR = '0101801234';

/** axe: no serious or critical violations, then a screenshot under artifacts/. */
async function audit(page: Page, name: string) {
  const { violations, message } = await checkA11y(page, { impacts: ['serious', 'critical'] });
  await screenshot(page, `oidc-${name}`);
  expect(violations, message).toEqual([]);
}

/** On the provider's own login page: types the user id and submits, as a person would. */
async function loginAtProvider(page: Page, login: string) {
  await page.getByRole('heading', { name: 'Test-IdP' }).waitFor();
  await page.getByLabel('Bruger-id').fill(login);
  await page.getByRole('button', { name: 'Log ind hos udbyder' }).click();
}

describe('OpenID Connect login in Chromium against oidc-provider', () => {
  let fixture: OidcFixture;
  let browser: KitBrowser;
  beforeAll(async () => {
    fixture = await startOidcFixture(
      {
        staff: [
          { sub: 'entra-oid-admin', acr: '', claims: { email: 'administrator@eksempelby.dk' } },
        ],
        parent: [
          { sub: 'mitid-mor', acr: LOA.substantial, claims: { [CPR_CLAIM]: CPR } },
          { sub: 'mitid-uden', acr: LOA.substantial, claims: { [CPR_CLAIM]: '0202802345' } },
        ],
      },
      APPS_DIR,
    );
    await recordCpr(fixture.server, 'foraelder@eksempelby.dk', CPR);
  });
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
  });

  it('staff: the console shows the provider’s button first; the login ends in the console as the matched account', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await page.goto(`${fixture.server.url}/console/`);
    const button = page.getByRole('link', { name: 'Log ind med kommunens login' });
    await button.waitFor();
    const first = await page.locator('main a, main input, main button').first().textContent();
    expect(first).toBe('Log ind med kommunens login');
    await audit(page, 'console-login');
    await button.click();
    await loginAtProvider(page, 'entra-oid-admin');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/console\//);
    await expect.poll(() => page.locator('header').textContent()).toContain('Administrator');
    await browser.close();
  });

  it('parent: the portal’s MitID button leads through the broker to the child’s page', async () => {
    browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    const { page } = browser;
    await page.goto(`${fixture.server.url}/portal/`);
    const button = page.getByRole('link', { name: 'Log ind med MitID' });
    await button.waitFor();
    await audit(page, 'portal-login');
    await button.click();
    await loginAtProvider(page, 'mitid-mor');
    await page.waitForURL(`${fixture.server.url}/portal/**`);
    await expect
      .poll(() => page.getByRole('link', { name: 'Log ind med MitID' }).count(), {
        timeout: 20_000,
      })
      .toBe(0);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/trpc/auth.me')).json());
    expect(me).toMatchObject({
      result: { data: { email: 'foraelder@eksempelby.dk', role: 'parent' } },
    });
    await audit(page, 'portal-after-mitid');
    await browser.close();
  });

  it('parent without custody: a clear page in Danish and English, and no session', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await page.goto(`${fixture.server.url}/portal/`);
    await page.getByRole('link', { name: 'Log ind med MitID' }).click();
    await loginAtProvider(page, 'mitid-uden');
    await page.getByRole('heading', { name: 'Du er ikke logget ind' }).waitFor();
    expect(await page.locator('#refusal-da').textContent()).toContain(
      'Vi kan ikke se, at du har adgang til et barns plan her',
    );
    expect(await page.locator('#refusal-en').textContent()).toContain(
      'We cannot see that you have access',
    );
    await audit(page, 'refusal-no-custody');
    const me = await page.evaluate(async () => (await fetch('/trpc/auth.me')).status);
    expect(me).toBe(401);
  });
});
