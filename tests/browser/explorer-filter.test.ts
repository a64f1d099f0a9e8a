import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { countStatus, parseCount, scrollUntil, waitForCount } from './explorer-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The number at the end of a facet's accessible name ("Oppose 64" → 64). */
async function facetCount(name: string | null): Promise<number> {
  return Number(/(\d+)\s*$/.exec(name ?? '')?.[1]);
}

describe('filtering and collapsing', () => {
  it('should filter by stance and by place, the status line following each facet count', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    const oppose = page.getByRole('checkbox', { name: /oppose/i });
    const opposeCount = await facetCount(await oppose.locator('xpath=..').textContent());
    await oppose.check();
    await expect.poll(() => countStatus(page).textContent()).toBe(`${opposeCount} of 159 comments`);
    expect(page.url()).toMatch(/stance=oppose/);

    const place = page.getByRole('region', { name: 'Location' }).getByRole('button').first();
    const placeCount = await facetCount(await place.textContent());
    await place.click();
    await expect.poll(() => countStatus(page).textContent()).toBe(`${placeCount} of 159 comments`);
    expect(page.url()).toMatch(/loc=/);
    // Every comment shown that is not context has the chosen stance.
    const labels = await page
      .locator('article[id^="c-"] [data-stance]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-stance')));
    expect(labels).toContain('oppose');
    await page.context().close();
  });

  it('should fold a comment and its thread to one line, say what is hidden, and keep the reader’s place', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    const toggle = await scrollUntil(
      page,
      page.locator('article[id^="c-"] button[aria-expanded="true"]'),
    );
    await toggle.scrollIntoViewIfNeeded();
    const comment = toggle.locator('xpath=ancestor::article[1]');
    const id = await comment.getAttribute('id');
    const before = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    await toggle.click();
    const collapsed = page.locator(`#${id}`);
    await expect(collapsed.locator('button[aria-expanded="false"]').count()).resolves.toBe(1);
    await expect(collapsed.getByTestId('folded-summary').textContent()).resolves.toMatch(
      /^(\d+ repl(y|ies)|folded)/,
    );
    const after = await collapsed.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
    await collapsed.locator('button[aria-expanded="false"]').click();
    await expect(collapsed.locator('button[aria-expanded="false"]').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('should collapse every thread at once and expand them again', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect.poll(() => page.locator('article button[aria-expanded="true"]').count()).toBe(0);
    const hidden = await scrollUntil(
      page,
      page.getByTestId('folded-summary').filter({ hasText: /^\d+ repl/ }),
    );
    await expect(hidden.isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(() => page.locator('article button[aria-expanded="false"]').count()).toBe(0);
    await page.context().close();
  });

  it('should sort by most replies without changing the count', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    await page.getByRole('combobox', { name: 'Sort' }).selectOption('replies');
    // The busiest thread now comes first: its first comment has replies to toggle.
    await expect
      .poll(() =>
        page.locator('article[id^="c-"]').first().locator('button[aria-expanded]').count(),
      )
      .toBe(1);
    expect(parseCount(await countStatus(page).textContent())).toEqual([159, 159]);
    expect(page.url()).toMatch(/sort=replies/);
    await page.context().close();
  });
});
