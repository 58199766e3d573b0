import type { Page } from 'playwright-core';

/** The focused element, described the way a keyboard user perceives it. */
export interface FocusInfo {
  tag: string;
  /** Its label, `aria-label` or text. */
  name: string;
  /** The computed outline, to check that focus is visible. */
  outline: string;
}

/** Describes the element that has focus. */
export function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', name: '', outline: 'none' };
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? null;
    const name = (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      name,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until an element whose name starts with `name` has
 * focus, like a keyboard user looking for it; fails after `limit` presses.
 */
export async function tabTo(
  page: Page,
  name: string,
  options: { backwards?: boolean; limit?: number } = {},
): Promise<FocusInfo> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const seen: string[] = [];
  for (let i = 0; i < (options.limit ?? 60); i += 1) {
    await page.keyboard.press(key);
    const info = await focused(page);
    if (info.name.startsWith(name)) return info;
    seen.push(`${info.tag}:${info.name.slice(0, 40)}`);
  }
  throw new Error(`Could not reach "${name}" with ${key}; focus went through: ${seen.join(' | ')}`);
}
