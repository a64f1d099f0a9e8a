import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** Opens the page header's Tools menu (Open file, Paste, Your dumps, Export, Your labels, Theme). */
export async function openTools(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Tools', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** The page's first role="status" element: the "N of M comments" line of LINKS.md. */
export function countStatus(page: Page): Locator {
  return page.getByRole('status').first();
}

/** Waits until the articles are loaded and the status line states the count; returns [N, M]. */
export async function waitForCount(page: Page): Promise<[number, number]> {
  const status = countStatus(page);
  await status.filter({ hasText: /^\d+ of \d+ comments$/ }).waitFor({ timeout: 30_000 });
  return parseCount(await status.textContent());
}

export function parseCount(text: string | null): [number, number] {
  const m = /^(\d+) of (\d+) comments$/.exec(text ?? '');
  if (m === null) throw new Error(`not a count: ${text}`);
  return [Number(m[1]), Number(m[2])];
}

/** True when the element's top edge is inside the viewport. */
export async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}

/** The id attribute of the focused element (e.g. "c-k3x9q2"), or "" when none. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Runs axe-core in the page and returns its violations (id: impact, nodes). */
export async function axeViolations(page: Page): Promise<string[]> {
  // The app's Content-Security-Policy forbids injected <script> tags (addScriptTag), so evaluate
  // axe's source through DevTools instead, which CSP does not govern.
  await page.evaluate(await readFile('node_modules/axe-core/axe.min.js', 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
    }
    const result = await axe.run(document);
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  });
}

/** Scrolls the (virtualised) page down a screen at a time until `read` finds something. */
export async function scrollUntilFound<T>(
  page: Page,
  read: () => Promise<T | null>,
  maxScreens = 200,
): Promise<T> {
  for (let i = 0; i < maxScreens; i += 1) {
    const found = await read();
    if (found !== null) return found;
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(60);
  }
  throw new Error('scrolled to the end without finding it');
}

/** Scrolls the (virtualised) page down a screen at a time until `locator` matches something. */
export function scrollUntil(page: Page, locator: Locator, maxScreens = 200): Promise<Locator> {
  return scrollUntilFound(
    page,
    async () => ((await locator.count()) > 0 ? locator.first() : null),
    maxScreens,
  );
}
