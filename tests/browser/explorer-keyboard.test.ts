import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { focusedId, inViewport, waitForCount } from './explorer-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Comment ids in DOM (page) order, and each one's parent comment id from the list nesting. */
function parentOf(page: Page, id: string): Promise<string | null> {
  return page.evaluate((id) => {
    const li = document.getElementById(id)?.closest('li')?.parentElement?.closest('li');
    return li?.querySelector(':scope > article')?.id ?? null;
  }, id);
}

describe('moving with the keyboard', () => {
  it('should move with j and k, go to the parent with h, and show focus', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    const ids = await page.locator('article[id^="c-"]').evaluateAll((els) => els.map((e) => e.id));
    await page.keyboard.press('j');
    await expect.poll(() => focusedId(page)).toBe(ids[0]);
    await page.keyboard.press('j');
    await expect.poll(() => focusedId(page)).toBe(ids[1]);
    await page.keyboard.press('k');
    await expect.poll(() => focusedId(page)).toBe(ids[0]);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).boxShadow,
    );
    expect(outline).not.toBe('none');

    // Walk down to the first reply, then h goes to its parent.
    let id = ids[0] ?? '';
    for (let i = 0; i < 60 && (await parentOf(page, id)) === null; i += 1) {
      await page.keyboard.press('j');
      await expect.poll(() => focusedId(page)).not.toBe(id);
      id = await focusedId(page);
    }
    const parent = await parentOf(page, id);
    expect(parent).not.toBeNull();
    await page.keyboard.press('h');
    await expect.poll(() => focusedId(page)).toBe(parent);
    await expect.poll(() => inViewport(page.locator(`#${parent}`))).toBe(true);

    // Enter collapses the focused comment's replies, Space opens them.
    await page.keyboard.press('Enter');
    await expect(
      page.locator(`#${parent} button[aria-expanded]`).getAttribute('aria-expanded'),
    ).resolves.toBe('false');
    await page.keyboard.press(' ');
    await expect(
      page.locator(`#${parent} button[aria-expanded]`).getAttribute('aria-expanded'),
    ).resolves.toBe('true');

    // Shift+J skips the thread: the next comment at the same or a shallower depth.
    await page.keyboard.press('Shift+J');
    await expect.poll(() => focusedId(page)).not.toBe(parent);
    const next = await focusedId(page);
    expect(await parentOf(page, next)).not.toBe(parent);
    await page.context().close();
  });

  it('should focus the search with / and show the keys with ?, Escape returning focus', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    await page.keyboard.press('j');
    await expect.poll(() => focusedId(page)).toMatch(/^c-/);
    const from = await focusedId(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/Next comment/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedId(page)).toBe(from);
    await page.keyboard.press('/');
    await expect.poll(() => focusedId(page)).toBe('search');
    await page.keyboard.type('jk');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe('jk');
    await page.context().close();
  });
});
