import { readFileSync } from 'node:fs';
import { queryRows, sql } from '@trappen/db';
import { type KitBrowser, launchBrowser } from '@trappen/e2e-kit';
import { loginAs } from '@trappen/server/src/testing/test-server';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMeetingTime } from '../src/format/dates';
import { parentData } from './support/api';
import { readStoredState } from './support/browser-state';
import { PARENT_ONE_CHILD, PHONE } from './support/demo';
import { expectAccessible, heading, logIn, mainText, openLogin } from './support/portal-page';
import { startPortalServer, type TestServer } from './support/portal-server';

describe('a parent on a 360 px phone', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let page: Page;
  let data: Awaited<ReturnType<typeof parentData>>;
  const trpcResponses: { url: string; cacheControl: string | null }[] = [];

  const view = () => {
    const first = data.views[0];
    if (!first) throw new Error('the demo parent has no child');
    return first;
  };

  beforeAll(async () => {
    server = await startPortalServer();
    // A caseworker plans a real meeting for the demo parent's child, as the console would.
    const before = await parentData(server.url, PARENT_ONE_CHILD);
    const childId = before.views[0]?.child.id ?? '';
    const [openCase] = await queryRows<{ id: string }>(
      server.handle.db,
      sql`select id from cases where child_id = ${childId} and status = 'open'`,
    );
    const staff = await loginAs(server.url, 'administrator@eksempelby.dk');
    await staff.client.meetings.plan.mutate({
      caseId: openCase?.id ?? '',
      date: '2025-07-09',
      startTime: '13:00',
      endTime: '14:00',
      place: 'Familiehuset, Storegade 1',
      participants: [{ kind: 'custodyHolder', name: 'Forælder' }],
    });
    data = await parentData(server.url, PARENT_ONE_CHILD);
    browser = await launchBrowser({ viewport: PHONE });
    page = browser.page;
    page.on('response', (response) => {
      if (response.url().includes('/trpc/'))
        trpcResponses.push({
          url: response.url(),
          cacheControl: response.headers()['cache-control'] ?? null,
        });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs in and sees where the child stands, the plan, the next meeting and the caseworker', async () => {
    const { child, plan, caseworker, currentStep, nextMeeting, steps } = view();
    expect(plan, 'the demo child has a published plan').not.toBeNull();
    expect(currentStep).not.toBeNull();
    await openLogin(page, server.url);
    await expectAccessible(page, 'login');
    await logIn(page, PARENT_ONE_CHILD);
    await heading(page, `Planen for ${child.firstName}`);
    expect(new URL(page.url()).pathname).toBe(`/portal/barn/${child.id}`);

    const step = steps.find((s) => s.id === currentStep?.id);
    const picture = page.getByRole('img', {
      name: new RegExp(`Barnet er på trin ${step?.rank} af ${steps.length}: ${step?.name.da}`),
    });
    expect(await picture.count()).toBe(1);
    const highlighted = page.locator('.tr-staircase__step--current');
    expect(await highlighted.count()).toBe(1);
    expect(await highlighted.textContent()).toContain(`${child.firstName} er her`);

    // The meeting card loads just after the plan.
    await page.getByRole('button', { name: 'Hent til din kalender (.ics)' }).waitFor();
    const text = await mainText(page);
    expect(text).toContain(step?.whatToExpect?.da ?? step?.description.da);
    expect(text).toContain(plan?.purpose.replace(/\s+/g, ' '));
    for (const goal of plan?.goals ?? []) expect(text).toContain(goal);
    expect(nextMeeting?.place).toBe('Familiehuset, Storegade 1');
    if (nextMeeting) {
      expect(text).toContain(formatMeetingTime(nextMeeting.startsAt, nextMeeting.endsAt, 'da'));
      expect(text).toContain('onsdag den 9. juli 2025 kl. 13.00–14.00');
      expect(text).toContain('Sted: Familiehuset, Storegade 1');
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent til din kalender (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('moede.ics');
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('DTSTART:20250709T110000Z');
    expect(ics).toContain('LOCATION:Familiehuset\\, Storegade 1');
    expect(caseworker).not.toBeNull();
    expect(text).toContain(caseworker?.name);
    expect(await page.locator(`a[href="mailto:${caseworker?.email}"]`).count()).toBe(1);
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'nothing is wider than the phone').toBeLessThanOrEqual(0);
    await expectAccessible(page, 'plan');
  });

  it('leaves their view before the meeting, with a clear error and success', async () => {
    await page.getByRole('link', { name: 'Skriv din mening før mødet' }).click();
    await heading(page, 'Din mening før mødet');
    await page.getByRole('button', { name: 'Send til sagsbehandleren' }).click();
    await page.getByText('Skriv din mening, før du sender.').waitFor();
    expect(await page.getByLabel(/Din mening/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'your-view-error');

    const opinion = 'Det går bedre hjemme. Vi vil gerne tale om skolen på mødet.';
    await page.getByLabel(/Din mening/).fill(opinion);
    await page.getByRole('button', { name: 'Send til sagsbehandleren' }).click();
    await page.getByText('Tak. Din mening er sendt').waitFor();
    await page.getByText(opinion).waitFor();
    await expectAccessible(page, 'your-view-success');

    const stored = await data.client.plans.parentView.query({ childId: view().child.id });
    expect(stored.ownComments.map((c) => c.body)).toContain(opinion);
  });

  it('confirms they have read the plan', async () => {
    await page.getByRole('link', { name: 'Tilbage til planen' }).click();
    await heading(page, /Planen for/);
    await page.getByRole('button', { name: 'Jeg har læst planen' }).click();
    await page.getByText(/Du har bekræftet, at du har læst planen/).waitFor();
    const stored = await data.client.plans.parentView.query({ childId: view().child.id });
    expect(stored.plan?.readByMe).not.toBeNull();
    await expectAccessible(page, 'plan-read-confirmed');
  });

  it('logs out and leaves no child data in the browser', async () => {
    const { child, plan } = view();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await heading(page, 'Log ind');
    await page.getByText('Du er logget ud').waitFor();
    await expectAccessible(page, 'logged-out');

    const stored = await readStoredState(page);
    expect(stored).toEqual({
      localStorage: {},
      sessionStorage: {},
      indexedDbNames: [],
      cacheNames: [],
      cachedUrls: [],
      serviceWorkers: 0,
    });
    expect(await mainText(page)).not.toContain(child.firstName);

    // The browser's back button must not bring the plan back from memory.
    await page.goBack();
    await heading(page, 'Log ind');
    const text = await mainText(page);
    expect(text).not.toContain(child.firstName);
    expect(text).not.toContain(plan?.purpose.slice(0, 30));

    // The session is gone on the server too, and no API answer was cacheable.
    const status = await page.evaluate(async () => (await fetch('/trpc/auth.me')).status);
    expect(status).toBe(401);
    expect(trpcResponses.length).toBeGreaterThan(0);
    for (const response of trpcResponses) expect(response.cacheControl).toBe('no-store');
  });
});
