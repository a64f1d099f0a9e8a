import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { nytSeed, pageOrder } from './support/seed-facts.ts';
import { countStatus, focusedId, openTools, waitForCount } from './explorer-support.ts';
import { buildArticleIndex } from '../../src/core/article/build-article-index.ts';
import { mutedWords } from '../../src/core/view/muted-words.ts';
import { authorLineInView, topComment } from './landing-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const nyt = nytSeed();
const ordered = pageOrder(nyt);
const byId = new Map(nyt.comments.map((c) => [c.id, c]));
/** The deepest reply in the seed, far enough down to need a scroll. */
const deep = [...ordered].reverse().find((c) => c.depth >= 2) ?? ordered[0]!;
const parentOf = (id: string) => byId.get(id)?.parentId ?? null;
const marked = (page: import('playwright-core').Page) =>
  page.locator('[aria-current="true"]').getAttribute('id');

describe('where a link or a view change lands (LINKS.md)', () => {
  it('should let the reader fold the ancestors of a linked comment after the link opened them', async () => {
    const { page } = await openPage(browser, `/?comment=${deep.id}`);
    await page.locator(`#c-${deep.id}`).waitFor();
    const parent = parentOf(deep.id) ?? '';
    const toggle = page.locator(`#c-${parent} header button[aria-expanded]`);
    await toggle.click();
    await expect.poll(() => page.locator(`#c-${deep.id}`).count()).toBe(0);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await toggle.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('should land a search + stance link with the target’s author line on screen, every time', async () => {
    const hits = ordered.filter((c) => /sanction/i.test(c.body) && c.stance.label === 'oppose');
    const target = hits[hits.length - 1]!;
    for (let run = 0; run < 3; run += 1) {
      const { page } = await openPage(browser, `/?q=sanctions&stance=oppose&comment=${target.id}`);
      await waitForCount(page);
      await expect.poll(() => authorLineInView(page, target.id), { timeout: 15_000 }).toBe(true);
      await expect(marked(page)).resolves.toBe(`c-${target.id}`);
      await page.context().close();
    }
  });

  it('should start a new article, and a newly ticked stance, at the top of the list', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    await page.evaluate(() => window.scrollTo(0, 8000));
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: /Trump, Putin Agree to Normalize/ }).click();
    await expect.poll(() => countStatus(page).textContent()).toBe('24 of 24 comments');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.getByRole('button', { name: /All articles/ }).click();
    await page.evaluate(() => window.scrollTo(0, 8000));
    await page.waitForTimeout(300);
    await page.getByRole('checkbox', { name: /neutral/i }).check();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.context().close();
  });

  it('should bring the reader back to their place with Back after "Thread alone"', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    await page.mouse.wheel(0, 4800);
    await page.waitForTimeout(600);
    const before = await topComment(page);
    const alone = page.getByRole('button', { name: 'Thread alone' });
    const visible = await alone.evaluateAll((els) =>
      els.findIndex((el) => {
        const r = el.getBoundingClientRect();
        return r.top > 100 && r.bottom < window.innerHeight;
      }),
    );
    await alone.nth(visible).click();
    await expect.poll(() => page.url()).toContain('thread=');
    await page.waitForTimeout(400);
    await page.goBack();
    await expect.poll(() => countStatus(page).textContent()).toBe('159 of 159 comments');
    await expect.poll(async () => (await topComment(page))?.id).toBe(before?.id);
    const after = await topComment(page);
    expect(Math.abs((after?.top ?? 0) - (before?.top ?? 0))).toBeLessThan(30);
    await page.context().close();
  });

  it('should continue j from the comment nearest the top after scrolling with the wheel', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    await page.keyboard.press('j');
    await expect.poll(() => focusedId(page)).toBe(`c-${ordered[0]!.id}`);
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(500);
    const top = await topComment(page);
    await page.keyboard.press('j');
    await expect
      .poll(async () => {
        const id = await focusedId(page);
        return id.startsWith('c-') && id !== `c-${ordered[0]!.id}`;
      })
      .toBe(true);
    const at = ordered.findIndex((c) => `c-${c.id}` === top?.id);
    const focused = await focusedId(page);
    const index = ordered.findIndex((c) => `c-${c.id}` === focused);
    // The top comment itself when its author line is on screen, else the one after it.
    expect(at).toBeGreaterThan(1);
    expect(index).toBeGreaterThanOrEqual(at);
    expect(index).toBeLessThanOrEqual(at + 1);
    await page.context().close();
  });

  it('should keep the hit count when threads fold, and reach, open and mark every hit', async () => {
    const { page } = await openPage(browser, '/?q=sanctions');
    await waitForCount(page);
    const nav = page.getByRole('region', { name: 'Search results' });
    await nav.getByText(/^\d+ hits?$/).waitFor();
    const total = Number(/\d+/.exec((await nav.textContent()) ?? '')?.[0]);
    const status = await countStatus(page).textContent();
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await nav.getByText(`${total} hits`).waitFor();
    await expect(countStatus(page).textContent()).resolves.toBe(status);
    const seen = new Set<string>();
    for (let i = 0; i < total; i += 1) {
      await page.getByRole('button', { name: 'Next hit' }).click();
      await nav.getByText(`Hit ${i + 1} of ${total}`).waitFor();
      const id = (await marked(page)) ?? '';
      await expect.poll(() => authorLineInView(page, id.slice(2))).toBe(true);
      seen.add(id);
    }
    expect(seen.size).toBe(total);
    await page.context().close();
  });

  it('should keep Stats in the URL across reload and Back, on the sidebar’s article', async () => {
    const { page, errors } = await openPage(browser, '/?view=stats');
    await page.getByRole('heading', { name: /^Stats: all articles/ }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('region', { name: 'Link notices' }).count()).toBe(0);
    await page.getByRole('button', { name: /Trump, Putin Agree to Normalize/ }).click();
    await page.getByRole('heading', { name: /^Stats: Trump, Putin Agree/ }).waitFor();
    await expect(countStatus(page).textContent()).resolves.toBe('24 of 24 comments');
    await page.reload();
    await page.getByRole('heading', { name: /^Stats: Trump, Putin Agree/ }).waitFor();
    await page.getByRole('button', { name: 'Comments', exact: true }).click();
    await page.locator('article[id^="c-"]').first().waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: /^Stats: Trump, Putin Agree/ }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should put a long linked comment’s author line on a phone screen', async () => {
    const long = [...ordered.slice(40)].sort((a, b) => b.body.length - a.body.length)[0]!;
    // An iPhone SE-sized screen: the comment is taller than it, so centring it hides its author.
    const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    const { baseURL } = await import('./support/browser.ts');
    await page.goto(`${baseURL()}/?comment=${long.id}`);
    await waitForCount(page);
    await expect.poll(() => authorLineInView(page, long.id), { timeout: 15_000 }).toBe(true);
    const height = await page
      .locator(`#c-${long.id}`)
      .evaluate((el) => (el as HTMLElement).offsetHeight);
    expect(height).toBeGreaterThan(667);
    await context.close();
  });

  it('should say so and land at the top when the linked comment is filtered out', async () => {
    const opposing = ordered.find((c) => c.stance.label === 'oppose' && ordered.indexOf(c) > 30)!;
    const { page } = await openPage(browser, `/?stance=support&comment=${opposing.id}&view=map`);
    await waitForCount(page);
    const notices = page.getByRole('region', { name: 'Link notices' });
    await notices.getByText(/hidden by the search or filters/).waitFor();
    await notices.getByText(/Ignored view “map”/).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.locator('[aria-current="true"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('reader controls from the page contract (LINKS.md)', () => {
  it('should move from a reply to its parent, marked and in view', async () => {
    const { page } = await openPage(browser, `/?comment=${deep.id}`);
    await waitForCount(page);
    const parent = parentOf(deep.id) ?? '';
    await page.locator(`#c-${deep.id}`).getByRole('button', { name: 'Parent' }).click();
    await expect.poll(() => marked(page)).toBe(`c-${parent}`);
    await expect.poll(() => authorLineInView(page, parent)).toBe(true);
    await expect.poll(() => focusedId(page)).toBe(`c-${parent}`);
    await page.context().close();
  });

  it('should clear the search and every filter with "Clear all"', async () => {
    const { page } = await openPage(browser, '/?q=sanctions&stance=oppose&loc=Vermont');
    await waitForCount(page);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => countStatus(page).textContent()).toBe('159 of 159 comments');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('button', { name: 'Clear all' }).count()).toBe(0);
    await page.context().close();
  });

  it('should mute a commenter out of the view and its counts, keep it after a reload, and unmute', async () => {
    const name = ordered[0]!.author ?? '';
    const theirs = nyt.comments.filter((c) => c.author === name).length;
    const { page } = await openPage(browser);
    await waitForCount(page);
    await page
      .getByRole('button', { name: `Mute ${name}` })
      .first()
      .click();
    const left = 159 - theirs;
    await expect.poll(() => countStatus(page).textContent()).toBe(`${left} of ${left} comments`);
    const muted = page.getByRole('region', { name: 'Muted commenters' });
    await muted.getByText(`1 commenter muted (${theirs}`).waitFor();
    await page.reload();
    await expect
      .poll(() => countStatus(page).textContent(), { timeout: 15_000 })
      .toBe(`${left} of ${left} comments`);
    await muted.getByRole('button', { name: `Unmute ${name}` }).click();
    await expect.poll(() => countStatus(page).textContent()).toBe('159 of 159 comments');
    await page.context().close();
  });

  it('should mute a word from the Tools menu out of the view and its counts, keep it after a reload, and unmute', async () => {
    const hidden = mutedWords([buildArticleIndex(nyt, 'nyt')], ['Syria']).size;
    expect(hidden).toBeGreaterThan(0);
    const left = 159 - hidden;
    const { page } = await openPage(browser);
    await waitForCount(page);
    await openTools(page);
    await page.getByRole('textbox', { name: 'Mute a word or phrase' }).fill('Syria');
    await page.getByRole('button', { name: 'Mute', exact: true }).click();
    await expect.poll(() => countStatus(page).textContent()).toBe(`${left} of ${left} comments`);
    const muted = page.getByRole('region', { name: 'Muted commenters and words' });
    await muted.getByText(`1 word muted (${hidden}`).waitFor();
    // From the reload's first frame on, no comment that mentions the word may be on the page, even
    // when the matcher's code comes after the comments.
    await page.route(/muted-words-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { mutedSeen: seen });
      new MutationObserver(() => {
        for (const c of document.querySelectorAll('article[id^="c-"]')) {
          if (/\bsyria\b/i.test(c.textContent ?? '')) seen.push(c.id);
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.reload();
    await expect
      .poll(() => countStatus(page).textContent(), { timeout: 15_000 })
      .toBe(`${left} of ${left} comments`);
    expect(
      await page.evaluate(() => (window as unknown as { mutedSeen: string[] }).mutedSeen),
    ).toEqual([]);
    await muted.getByRole('button', { name: 'Unmute “Syria”' }).click();
    await expect.poll(() => countStatus(page).textContent()).toBe('159 of 159 comments');
    await page.context().close();
  });
});
