import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** The system Chromium (Debian package `chromium`); Playwright never downloads one here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Chromium flags for this machine. Without the networking flags Chromium floods the
 * closed network with refused connections (background services, QUIC, updates).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Options of {@link launchBrowser}. */
export interface LaunchOptions {
  /** Viewport size; default 1280×800. Use `{ width: 360, height: 740 }` for a phone. */
  viewport?: { width: number; height: number };
  /** Page language sent as `Accept-Language` and `navigator.language`; default `da-DK`. */
  locale?: string;
  /** Chromium binary; default {@link CHROMIUM_PATH}. */
  executablePath?: string;
}

/** A running browser with a fresh profile. */
export interface KitBrowser {
  /** The persistent context (one fresh profile per launch). */
  context: BrowserContext;
  /** The context's first page. */
  page: Page;
  /** Closes the browser and deletes the profile folder. */
  close: () => Promise<void>;
}

/**
 * Launches the system Chromium headless with a fresh, throw-away profile.
 *
 * @example
 * ```ts
 * const browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
 * await browser.page.goto(url);
 * await browser.close();
 * ```
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<KitBrowser> {
  // A persistent context takes its profile as an argument: Playwright refuses
  // --user-data-dir in args.
  const profile = await mkdtemp(join(tmpdir(), 'trappen-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath ?? CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: options.locale ?? 'da-DK',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      context,
      page,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
