import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { countStatus, inViewport, scrollUntil, waitForCount } from './explorer-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('sharing a view', () => {
  it('should copy a link to a comment far down that opens the same view with it marked and in view', async () => {
    const { page } = await openPage(browser, '/?stance=oppose,neutral');
    await waitForCount(page);
    const status = await countStatus(page).textContent();
    // Go far down the list: the last comment of the view.
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(500);
    const target = page.locator('article[id^="c-"]').last();
    const id = (await target.getAttribute('id')) ?? '';
    await target.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`comment=${id.slice(2)}`);
    expect(link).toContain('stance=oppose,neutral');

    const other = await openPage(browser, link.replace(/^https?:\/\/[^/]+/, ''));
    await waitForCount(other.page);
    await expect(countStatus(other.page).textContent()).resolves.toBe(status);
    const marked = other.page.locator(`#${id}`);
    await marked.waitFor();
    await expect(marked.getAttribute('aria-current')).resolves.toBe('true');
    await expect.poll(() => inViewport(marked)).toBe(true);
    await expect(other.page.locator('[aria-current="true"]').count()).resolves.toBe(1);
    await other.page.context().close();
    await page.context().close();
  });

  it('should open a collapsed ancestor for a linked reply and show one thread alone', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    const reply = await scrollUntil(page, page.locator('ul ul article[id^="c-"]'));
    const replyId = ((await reply.getAttribute('id')) ?? '').slice(2);
    const { page: linked } = await openPage(browser, `/?thread=${replyId}&comment=${replyId}`);
    await waitForCount(linked);
    const marked = linked.locator(`#c-${replyId}`);
    await expect.poll(() => inViewport(marked)).toBe(true);
    const [inView, inScope] = ((await countStatus(linked).textContent()) ?? '').match(/\d+/g) ?? [];
    expect(Number(inView)).toBe(Number(inScope));
    expect(Number(inScope)).toBeLessThan(159);
    await linked.getByRole('button', { name: /Back to all comments/ }).click();
    await expect.poll(() => countStatus(linked).textContent()).toBe('159 of 159 comments');
    await linked.context().close();
    await page.context().close();
  });

  it('should move between views with the browser’s back and forward buttons', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    await page.getByRole('checkbox', { name: /support/i }).check();
    await expect.poll(() => countStatus(page).textContent()).not.toBe('159 of 159 comments');
    const supportOnly = await countStatus(page).textContent();
    const author = page.locator('article[id^="c-"] header button[id^="author-"]').first();
    const name = (await author.textContent()) ?? '';
    await author.click();
    await expect.poll(() => page.url()).toContain(`author=${encodeURIComponent(name)}`);
    const byAuthor = await countStatus(page).textContent();
    await page.goBack();
    await expect.poll(() => countStatus(page).textContent()).toBe(supportOnly);
    await page.goBack();
    await expect.poll(() => countStatus(page).textContent()).toBe('159 of 159 comments');
    await expect(page.getByRole('checkbox', { name: /support/i }).isChecked()).resolves.toBe(false);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => countStatus(page).textContent()).toBe(byAuthor);
    await page.context().close();
  });
});
