import { type KitBrowser, launchBrowser } from '@trappen/e2e-kit';
import { loginAs } from '@trappen/server/src/testing/test-server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARENT_ONE_CHILD, PHONE } from './support/demo';
import { expectAccessible, heading, logIn, openLogin } from './support/portal-page';
import { startPortalServer, type TestServer } from './support/portal-server';

describe('a parent sees and revokes a consent on a 360 px phone', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let page: Page;
  let childId = '';

  beforeAll(async () => {
    server = await startPortalServer();
    const parent = (await loginAs(server.url, PARENT_ONE_CHILD)).client;
    childId = (await parent.plans.myChildren.query())[0]?.childId ?? '';
    const staff = (await loginAs(server.url, 'sagsbehandler@eksempelby.dk')).client;
    const { guardians } = await staff.access.requesters.query({ childId });
    const base = { childId, givenBy: 'guardian' as const, guardianId: guardians[0]?.id };
    await staff.consents.record.mutate({
      ...base,
      partyKind: 'school',
      partyName: 'Eksempelby Skole',
      purpose: 'Samarbejde om trivsel i klassen',
      validFrom: '2025-01-01',
      validTo: '2026-12-31',
    });
    await staff.consents.record.mutate({
      ...base,
      partyKind: 'health',
      partyName: 'Sundhedsplejen',
      purpose: 'Tidligere forløb',
      validFrom: '2020-01-01',
      validTo: '2020-12-31',
    });
    browser = await launchBrowser({ viewport: PHONE });
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reaches consents from the menu, sees expired ones as such, revokes after confirming, and the caseworker is told', async () => {
    await openLogin(page, server.url);
    await logIn(page, PARENT_ONE_CHILD);
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Samtykker' })
      .click();
    await heading(page, 'Samtykker');
    const school = page.getByRole('listitem').filter({ hasText: 'Eksempelby Skole' });
    await expect.poll(() => school.textContent()).toContain('Gældende');
    const health = page.getByRole('listitem').filter({ hasText: 'Sundhedsplejen' });
    expect(await health.textContent()).toContain('Udløbet');
    expect(await health.getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'consents');

    await school.getByRole('button', { name: 'Tilbagekald samtykket' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tilbagekald samtykket?' });
    await dialog.waitFor();
    await expectAccessible(page, 'consents-revoke-dialog');
    await dialog.getByRole('button', { name: 'Tilbagekald samtykket' }).click();
    await page
      .getByText(
        'Samtykket til Eksempelby Skole er tilbagekaldt. Din sagsbehandler har fået besked.',
      )
      .waitFor();
    await expect.poll(() => school.textContent()).toContain('Tilbagekaldt');
    await expectAccessible(page, 'consents-revoked');

    const staff = (await loginAs(server.url, 'sagsbehandler@eksempelby.dk')).client;
    const seen = await staff.consents.forChild.query({ childId });
    expect(seen.find((c) => c.partyName === 'Eksempelby Skole')).toMatchObject({
      status: 'revoked',
      revokedVia: 'portal',
      revocationUnseen: true,
    });
  });
});
