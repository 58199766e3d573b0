import { checkA11y, screenshot } from '@trappen/e2e-kit';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD } from './portal-server';

/** Opens the portal's start page and waits for the login form. */
export async function openLogin(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/portal/`);
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
}

/** Logs in through the form with the mouse-free default: fill and press the button. */
export async function logIn(page: Page, email: string, password: string = PASSWORD): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
}

/** Waits for the page's `<h1>` with the given text. */
export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 20_000 });
}

/**
 * Asserts axe finds no WCAG 2.1 AA violation of any impact, and saves a screenshot
 * of the state under `artifacts/screenshots/portal-<name>.png`.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const { violations, message } = await checkA11y(page);
  await screenshot(page, `portal-${name}`);
  expect(violations, message).toEqual([]);
}

/** The visible text of `<main>`, whitespace collapsed. */
export async function mainText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what a parent reads.
  const text = await page.locator('main').innerText();
  return text.replace(/\s+/g, ' ').trim();
}
