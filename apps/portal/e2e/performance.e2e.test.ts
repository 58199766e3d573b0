import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type KitBrowser, measureLcp, screenshot } from '@trappen/e2e-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkSizes, kb, routeSizes } from './support/bundle-size';
import { PARENT_ONE_CHILD, PHONE } from './support/demo';
import { closePhoneRun, openPhoneRun } from './support/phone-run';
import { heading, logIn, openLogin } from './support/portal-page';
import { DIST_DIR, type TestServer } from './support/portal-server';

/** The most gzipped JavaScript the plan route may ship. */
const PLAN_ROUTE_BUDGET = 100_000;

describe('performance and print', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let page: Page;
  let planUrl: string;

  beforeAll(async () => {
    ({ server, browser, page } = await openPhoneRun());
    await openLogin(page, server.url);
    await logIn(page, PARENT_ONE_CHILD);
    await heading(page, /Planen for/);
    planUrl = page.url();
  });

  afterAll(() => closePhoneRun({ server, browser }));

  it('ships at most 100 KB of gzipped JavaScript on the plan route', () => {
    const chunks = chunkSizes(DIST_DIR);
    console.log(
      `Portal JS chunks (gzip):\n${chunks.map((c) => `  ${kb(c.gzipBytes).padStart(9)}  ${c.file}`).join('\n')}`,
    );
    const routes = routeSizes(DIST_DIR);
    console.log(
      `Portal routes, entry + page + static imports (gzip):\n${routes
        .map((r) => `  ${kb(r.gzipBytes).padStart(9)}  ${r.page}`)
        .join('\n')}`,
    );
    const plan = routes.find((r) => r.page.endsWith('PlanPage.tsx'));
    expect(plan, 'the plan page is its own lazy chunk').toBeDefined();
    expect(plan?.gzipBytes).toBeLessThanOrEqual(PLAN_ROUTE_BUDGET);
  });

  it('receives its scripts brotli-compressed from the build, cached for a year', async () => {
    const scripts: { file: string; encoding: string | undefined; cache: string | undefined }[] = [];
    const onResponse = async (response: import('playwright-core').Response) => {
      if (!/\/portal\/assets\/.+\.js$/.test(response.url())) return;
      const headers = await response.allHeaders();
      scripts.push({
        file: response.url().split('/').pop() ?? '',
        encoding: headers['content-encoding'],
        cache: headers['cache-control'],
      });
    };
    // Past the browser's cache, so the answers come from the server.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    page.on('response', onResponse);
    try {
      await page.goto(planUrl);
      await heading(page, /Planen for/);
    } finally {
      page.off('response', onResponse);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
      await cdp.detach();
    }
    expect(scripts.some((script) => script.file.startsWith('index-'))).toBe(true);
    for (const script of scripts) {
      // The build compresses files of 1 kB and more; smaller ones go out as they are.
      const compressed = existsSync(join(DIST_DIR, 'assets', `${script.file}.br`));
      expect(script.encoding, script.file).toBe(compressed ? 'br' : undefined);
      expect(script.cache).toBe('public, max-age=31536000, immutable');
    }
  });

  it('reports LCP of the plan page with 4x CPU slowdown', async () => {
    const result = await measureLcp(page, planUrl, { cpuSlowdown: 4 });
    console.log(
      `Plan page LCP at ${result.cpuSlowdown}x CPU slowdown: ${Math.round(result.lcpMs)} ms (element: ${result.element ?? 'unknown'})`,
    );
    await heading(page, /Planen for/);
    expect(result.lcpMs).toBeGreaterThan(0);
    expect(result.lcpMs).toBeLessThan(10_000);
  });

  it('prints the plan on one A4 page', async () => {
    await page.goto(planUrl);
    await heading(page, /Planen for/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
    // A picture of the printed page (A4 at 96 dpi) for people to look at.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(page, 'portal-plan-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(PHONE);
  });
});
