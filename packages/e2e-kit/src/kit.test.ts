import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultStaircase } from '@trappen/staircase';
import { StaircasePicture } from '@trappen/ui';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkA11y,
  type KitBrowser,
  launchBrowser,
  measureLcp,
  repoRoot,
  type StaticServer,
  screenshot,
  serveStatic,
} from './index';

function page(css: string): string {
  const large = renderToStaticMarkup(
    createElement(StaircasePicture, {
      staircase: defaultStaircase,
      currentStep: 'foster-care',
      size: 'large',
      lang: 'da',
    }),
  );
  const small = renderToStaticMarkup(
    createElement(StaircasePicture, {
      staircase: defaultStaircase,
      currentStep: 'home-based',
      size: 'small',
      lang: 'da',
    }),
  );
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trappen – testside</title>
<link rel="icon" href="data:,">
<style>${css} body { margin: 0; } main { padding: 16px; }</style>
</head>
<body class="tr-root">
<main>
<h1>Hvor er barnet på trappen?</h1>
${large}
<p>I sagslisten: ${small}</p>
</main>
</body>
</html>`;
}

describe('the browser test kit', () => {
  let server: StaticServer;
  let browser: KitBrowser;

  beforeAll(async () => {
    const css = await readFile(join(repoRoot(), 'packages/ui/src/styles.css'), 'utf8');
    server = await serveStatic({ '/': { body: page(css), type: 'text/html; charset=utf-8' } });
    browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the staircase picture with its text alternative', async () => {
    await browser.page.goto(`${server.url}/`);
    const picture = browser.page.getByRole('img', { name: /Barnet er på trin 5 af 6/ });
    await expect(picture.getAttribute('aria-label')).resolves.toContain(
      'Anbringelse i plejefamilie, eget værelse eller på kost-/efterskole',
    );
    const small = browser.page.getByRole('img', { name: 'Trin 3 af 6: Hjemmebaserede indsatser' });
    expect(await small.count()).toBe(1);
  });

  it('finds no WCAG 2.1 AA violations', async () => {
    await browser.page.goto(`${server.url}/`);
    const { violations, message } = await checkA11y(browser.page);
    expect(violations, message).toEqual([]);
  });

  it('writes a screenshot', async () => {
    await browser.page.goto(`${server.url}/`);
    const path = await screenshot(browser.page, 'e2e-kit-staircase-360');
    expect((await stat(path)).size).toBeGreaterThan(1000);
    await browser.page.setViewportSize({ width: 1024, height: 800 });
    await screenshot(browser.page, 'e2e-kit-staircase-1024');
    await browser.page.setViewportSize({ width: 360, height: 740 });
  });

  it('measures LCP with the CPU slowed down', async () => {
    const result = await measureLcp(browser.page, `${server.url}/`, { cpuSlowdown: 4 });
    expect(result.cpuSlowdown).toBe(4);
    expect(result.lcpMs).toBeGreaterThan(0);
    expect(result.lcpMs).toBeLessThan(10_000);
  });
});
