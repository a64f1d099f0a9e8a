import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser, openPage } from './support/browser.ts';
import {
  countStatus,
  focusedId,
  inViewport,
  parseCount,
  waitForCount,
} from './explorer-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('searching the explorer', () => {
  it('should find a word in both articles, highlight it and group the hits by article', async () => {
    const { page, errors } = await openPage(browser);
    await waitForCount(page);
    await page.getByRole('searchbox', { name: 'Search comments' }).fill('Putin');
    await expect
      .poll(async () => parseCount(await countStatus(page).textContent())[0])
      .toBeLessThan(159);
    const [hits, scope] = parseCount(await countStatus(page).textContent());
    expect(hits).toBeGreaterThan(0);
    expect(scope).toBe(159);
    const groups = page.getByRole('list', { name: 'Hits per article' }).getByRole('listitem');
    // The hit navigation loads with the first search: wait for it rather than read it once.
    await expect.poll(() => groups.count()).toBe(2);
    const perArticle = (await groups.allTextContents()).map((t) => Number(/^\d+/.exec(t)?.[0]));
    expect(perArticle.every((n) => n > 0)).toBe(true);
    expect(perArticle.reduce((a, b) => a + b, 0)).toBe(hits);
    const marks = page.locator('article mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect((await marks.first().textContent())?.toLowerCase()).toMatch(/^putin/);
    expect(page.url()).toMatch(/\?q=Putin$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should find a quoted phrase word for word and mark it as one', async () => {
    const { page, errors } = await openPage(browser);
    await waitForCount(page);
    const search = page.getByRole('searchbox', { name: 'Search comments' });
    await search.fill('president trump');
    await expect
      .poll(async () => parseCount(await countStatus(page).textContent())[0])
      .toBeLessThan(159);
    const [loose] = parseCount(await countStatus(page).textContent());
    await search.fill('"president trump"');
    await expect
      .poll(async () => parseCount(await countStatus(page).textContent())[0])
      .not.toBe(loose);
    const [exact] = parseCount(await countStatus(page).textContent());
    // Fewer: the loose search also finds the words apart, or begun ("presidential").
    expect(exact).toBeGreaterThan(0);
    expect(exact).toBeLessThan(loose ?? 0);
    const marks = await page.locator('article mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.toLowerCase() === 'president trump')).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('"president trump"');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should state no count on a search link until the hits are in, then only theirs', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Every text the status line and the hit line show, from the first paint on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const note = () => {
        const status = document.querySelector('[role="status"]')?.textContent ?? '';
        const hitLine =
          document.querySelector('section[aria-label="Search results"] span')?.textContent ?? '';
        for (const t of [status, hitLine]) if (t !== '' && seen.at(-1) !== t) seen.push(t);
      };
      new MutationObserver(note).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.goto(`${baseURL()}/?q=Putin`);
    const [hits, scope] = await waitForCount(page);
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(scope);
    await page.getByText(`${hits} hits`).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const counts = new Set(seen.filter((t) => /^\d+ of \d+ comments/.test(t)));
    expect([...counts]).toEqual([`${hits} of ${scope} comments`]);
    expect(seen).not.toContain('No matching comments');
    await context.close();
  });

  it('should step through the hits with next and previous, each one in view', async () => {
    const { page } = await openPage(browser, '/?q=Putin');
    await waitForCount(page);
    await page.getByText(/^\d+ hits?$/).waitFor();
    const total = Number(
      /\d+/.exec((await page.getByText(/^\d+ hits?$/).textContent()) ?? '')?.[0],
    );
    await page.getByRole('button', { name: 'Next hit' }).click();
    await page.getByText(`Hit 1 of ${total}`).waitFor();
    await page.getByRole('button', { name: 'Next hit' }).click();
    await page.getByText(`Hit 2 of ${total}`).waitFor();
    await expect.poll(() => focusedId(page)).toMatch(/^c-/);
    const secondId = await focusedId(page);
    const second = page.locator(`#${secondId}`);
    await expect.poll(() => inViewport(second)).toBe(true);
    expect(await second.locator('mark').count()).toBeGreaterThan(0);
    // From the first hit, "previous" wraps to the last one: far down, in the other article.
    await page.getByRole('button', { name: 'Previous hit' }).click();
    await page.getByRole('button', { name: 'Previous hit' }).click();
    await page.getByText(`Hit ${total} of ${total}`).waitFor();
    // The status may say "Hit N of N" a frame before focus lands: nothing focused is not yet there.
    await expect
      .poll(async () => {
        const id = await focusedId(page);
        return id.startsWith('c-') && id !== secondId;
      })
      .toBe(true);
    const last = page.locator(`#${await focusedId(page)}`);
    await expect.poll(() => inViewport(last)).toBe(true);
    expect(await last.locator('mark').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('should show matching replies inside their thread with the ancestors dimmed as context', async () => {
    const { page } = await openPage(browser, '/?q=Putin');
    await waitForCount(page);
    const context = page
      .locator('article[id^="c-"]')
      .filter({ has: page.getByText('context', { exact: true }) });
    // Some hit is a reply whose parent does not mention Putin: that parent shows as context.
    let found = false;
    for (let i = 0; i < 60 && !found; i += 1) {
      found = (await context.count()) > 0;
      if (!found) {
        await page.mouse.wheel(0, 700);
        await page.waitForTimeout(60);
      }
    }
    expect(found).toBe(true);
    await expect(context.first().locator('mark').count()).resolves.toBe(0);
    await page.context().close();
  });
});
