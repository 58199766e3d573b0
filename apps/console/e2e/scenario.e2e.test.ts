import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, closeRun, openHerningCase, openSignedIn, USERS } from './support';

describe('console: flow-model scenario on a business case', () => {
  let server: TestServer;
  let browser: KitBrowser;
  beforeAll(async () => {
    ({ server, browser } = await openSignedIn(USERS.teamLeader));
  });
  afterAll(() => closeRun({ server, browser }));

  it('shows a field error for a bad assumption, then the P10–P90 band, payback table and tornado', async () => {
    const { page } = browser;
    await openHerningCase(page);
    const section = page.getByRole('region', { name: 'Scenarie ud fra kommunens egne forløb' });
    await section.waitFor();

    const likely = section.getByLabel('Ændring i trin ned (%): Mest sandsynlig');
    await likely.fill('-10');
    await section.getByRole('button', { name: 'Beregn scenarie' }).click();
    await section.getByText('Må ikke være mindre end værdien til venstre.').waitFor();
    expect(await likely.getAttribute('aria-invalid')).toBe('true');
    expect(await section.getByTestId('scenario-results').count()).toBe(0);

    await likely.fill('20');
    await section.getByRole('button', { name: 'Beregn scenarie' }).click();
    const results = section.getByTestId('scenario-results');
    await results.waitFor({ timeout: 30_000 });
    expect(await results.locator('path.tr-chart__band').count()).toBe(2);
    await results.getByRole('img', { name: /Hvad driver resultatet/ }).waitFor();
    const payback = results.getByRole('table', { name: 'Sandsynlighed for tilbagebetaling' });
    expect(await payback.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    const probabilities = await payback.locator('tbody td').allTextContents();
    for (const text of probabilities) expect(text).toMatch(/^\d{1,3}\s?%$/);
    await auditPage(page, 'business-case-scenario');
  });
});
