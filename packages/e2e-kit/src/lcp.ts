import type { Page } from 'playwright-core';

/** Options of {@link measureLcp}. */
export interface LcpOptions {
  /** CPU slowdown factor; 4 approximates a mid-range phone (default 4). */
  cpuSlowdown?: number;
  /** How long to wait after `load` for the final LCP entry, in ms (default 500). */
  settleMs?: number;
}

/** Result of {@link measureLcp}. */
export interface LcpResult {
  /** Largest contentful paint in ms after navigation start. */
  lcpMs: number;
  /** Tag and id/class of the LCP element, e.g. `svg.tr-staircase__svg`, if known. */
  element: string | null;
  /** The CPU slowdown used. */
  cpuSlowdown: number;
}

interface LcpWindow {
  __trappenLcp?: { time: number; element: string | null };
}

/**
 * Loads `url` with the CPU throttled through the Chrome DevTools Protocol and
 * reports the largest contentful paint seen by a `PerformanceObserver`. Throttling
 * is switched off again afterwards.
 */
export async function measureLcp(
  page: Page,
  url: string,
  options: LcpOptions = {},
): Promise<LcpResult> {
  const cpuSlowdown = options.cpuSlowdown ?? 4;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  try {
    await page.addInitScript(() => {
      const w = window as Window & LcpWindow;
      new PerformanceObserver((list) => {
        const entries = list.getEntries() as (PerformanceEntry & { element?: Element | null })[];
        const last = entries[entries.length - 1];
        if (!last) return;
        const el = last.element;
        const name = el
          ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
              el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''
            }`
          : null;
        w.__trappenLcp = { time: last.startTime, element: name };
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(options.settleMs ?? 500);
    const lcp = await page.evaluate(() => (window as Window & LcpWindow).__trappenLcp ?? null);
    if (!lcp) throw new Error(`No largest-contentful-paint entry for ${url}`);
    return { lcpMs: lcp.time, element: lcp.element, cpuSlowdown };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}
