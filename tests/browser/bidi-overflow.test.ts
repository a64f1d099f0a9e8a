// Text from a dump must stay inside its own field: an unclosed right-to-left override in a title
// must not reverse the app's sentence around it, and a long unbroken token must not widen the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseThread } from '../../src/core/parse-thread.ts';
import { articleSlug } from '../../src/core/article/article-slug.ts';
import { baseURL, launchBrowser } from './support/browser.ts';
import { chooseFile, statusCounts } from './support/h7-dumps.ts';
import { openTools } from './explorer-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const RLO = '\u202E';
const LONG_WORD = 'W'.repeat(300);
const LONG_URL = `https://example.com/${'path/'.repeat(80)}end`;
const STACKED = `e${'\u0301'.repeat(600)}`;

function dump(title: string): string {
  return [
    title,
    '',
    'May 02, 2017 · 2 comments',
    `Alice (${RLO}gnp.exe)`,
    `Look at ${LONG_URL} and ${LONG_WORD} today.`,
    'Bob (Paris)',
    `Accents pile up: ${STACKED} here.`,
    '',
  ].join('\n');
}

const BIDI_TITLE = `Bidi ${RLO}Title`;
const WIDE_TITLE = `Wide ${LONG_WORD} title`;

async function openDump(page: Page, title: string, name: string): Promise<string> {
  const text = dump(title);
  const parsed = parseThread(text);
  if (!parsed.ok || parsed.value.comments.length !== 2) throw new Error('the dump must parse to 2');
  await chooseFile(page, { name, text });
  await page.getByText(`from ${name}: 2 comments.`).waitFor({ timeout: 60_000 });
  return articleSlug(parsed.value.article.title);
}

/** Left edge, on screen, of the first occurrence of `word` inside `root`'s text. */
/** Whether `a` reads before `b` on screen: an earlier line, or further left on the same line. */
async function readsBefore(page: Page, selector: string, a: string, b: string): Promise<boolean> {
  const [pa, pb] = [await placeOf(page, selector, a), await placeOf(page, selector, b)];
  return Math.abs(pa.top - pb.top) < 4 ? pa.left < pb.left : pa.top < pb.top;
}

async function placeOf(
  page: Page,
  selector: string,
  word: string,
): Promise<{ top: number; left: number }> {
  return page.locator(selector).evaluate((root, w) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const at = n.textContent?.indexOf(w) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      const rect = range.getBoundingClientRect();
      return { top: rect.top, left: rect.left };
    }
    throw new Error(`no “${w}”`);
  }, word);
}

async function leftOf(page: Page, selector: string, word: string): Promise<number> {
  return (await placeOf(page, selector, word)).left;
}

/** Waits until the status line reads "1 of N comments" (one commenter's filter in force). */
async function waitForOne(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .first()
    .filter({ hasText: /^1 of \d+ comments$/u })
    .waitFor({ timeout: 60_000 });
}

async function pageWidth(page: Page): Promise<{ scroll: number; viewport: number }> {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
}

describe('dump text in its own field', () => {
  it('should keep the app’s “Opened …” sentence in order around a title with an unclosed right-to-left override', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseURL());
    await statusCounts(page);
    const slug = await openDump(page, BIDI_TITLE, 'bidi.txt');
    const notice = '[aria-live] p:has-text("from bidi.txt")';
    const opened = await leftOf(page, notice, 'Opened');
    const from = await leftOf(page, notice, 'from');
    const comments = await leftOf(page, notice, 'comment');
    // Read left to right, as written: Opened … from … comments.
    expect(opened).toBeLessThan(from);
    expect(from).toBeLessThan(comments);
    // The location with an override stays inside its own isolated run.
    await page.goto(`${baseURL()}/?article=${slug}`);
    const isolated = await page
      .locator('article[id^="c-"]')
      .filter({ hasText: 'Alice' })
      .getByText('gnp.exe')
      .evaluate((el) => {
        for (let e: Element | null = el; e !== null; e = e.parentElement) {
          if (getComputedStyle(e).unicodeBidi.includes('isolate')) return true;
          if (e.tagName === 'ARTICLE') return false;
        }
        return false;
      });
    expect(isolated).toBe(true);
    await context.close();
  });

  it('should keep the app’s words in order around a title, author, location and file name with an unclosed override', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseURL());
    await statusCounts(page);
    const author = `${RLO}Eve Adams`;
    const name = `${RLO}evil.txt`;
    const text = [
      BIDI_TITLE,
      '',
      'May 02, 2017 · 2 comments',
      `${author} (${RLO}Springfield)`,
      'I think the talks are a good idea.',
      'Bob (Paris)',
      'Agreed with that.',
      '',
    ].join('\n');
    const parsed = parseThread(text);
    if (!parsed.ok || parsed.value.comments[0]?.author !== author) throw new Error('bad dump');
    const slug = articleSlug(parsed.value.article.title);
    await chooseFile(page, { name, text });
    const notice = `[aria-live] p:has-text("from ${name}")`;
    await page.locator(notice).waitFor({ timeout: 60_000 });
    // Opened “TITLE” from NAME: 2 comments. — both values isolated, the sentence in order.
    expect(await leftOf(page, notice, 'Opened')).toBeLessThan(await leftOf(page, notice, 'from'));
    expect(await leftOf(page, notice, 'from')).toBeLessThan(await leftOf(page, notice, 'comment'));

    // The author's chip: "By NAME" with the name in its own run.
    await page.goto(`${baseURL()}/?article=${slug}&author=${encodeURIComponent(author)}`);
    await waitForOne(page);
    const chips = 'ul[aria-label="Active filters"]';
    expect(await leftOf(page, chips, 'By')).toBeLessThan(await leftOf(page, chips, 'Eve'));

    // The comment's place keeps its override inside its own run.
    const placeIsolated = await page
      .locator('article[id^="c-"]')
      .filter({ hasText: 'Eve Adams' })
      .getByText('Springfield')
      .first()
      .evaluate((el) => {
        for (let e: Element | null = el; e !== null; e = e.parentElement) {
          if (getComputedStyle(e).unicodeBidi.includes('isolate')) return true;
          if (e.tagName === 'ARTICLE') return false;
        }
        return false;
      });
    expect(placeIsolated).toBe(true);

    // Relabel the comment: "NAME’s comment: Supports (was …)" reads in order. This dump is not
    // about a rapprochement, so its stance is hidden until asked for.
    await page.getByRole('button', { name: 'Show stance' }).click();
    const comment = page.locator('article[id^="c-"]').filter({ hasText: 'Eve Adams' }).first();
    const machine = (await comment.getByTestId('stance-label').textContent()) ?? '';
    const mine = machine.startsWith('Supports') ? 'Opposes' : 'Supports';
    await comment.getByRole('button', { name: /stance details/u }).click();
    await page.getByRole('dialog').getByRole('button', { name: mine, exact: true }).click();
    const toast = '[data-testid="stance-undo"] p';
    await page.locator(toast).waitFor();
    expect(await leftOf(page, toast, 'Eve')).toBeLessThan(await leftOf(page, toast, 'comment'));
    expect(await leftOf(page, toast, 'comment')).toBeLessThan(await leftOf(page, toast, 'was'));

    // Removing it: "Removed “NAME”. Your 1 stance label on it is kept …" in order after the name.
    await openTools(page);
    await page.getByText('Your dumps (1)').click();
    await page.getByRole('button', { name: `Remove ${name}` }).click();
    const removed = 'p[aria-live]:has-text("Removed")';
    await page.locator(removed).waitFor();
    expect(await leftOf(page, removed, 'Removed')).toBeLessThan(
      await leftOf(page, removed, 'evil'),
    );
    // The note may wrap in the header's notice box: read it line by line.
    expect(await readsBefore(page, removed, 'Your', 'kept')).toBe(true);
    await context.close();
  });

  for (const width of [360, 1280]) {
    it(`should not widen the page at ${width} px with a 300-letter word, a long URL, 600 stacked accents or a 400-letter sort value`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(baseURL());
      await statusCounts(page);
      const slug = await openDump(page, WIDE_TITLE, `${'long-name-'.repeat(30)}.txt`);
      expect(await pageWidth(page)).toEqual({ scroll: width, viewport: width });
      await page.goto(`${baseURL()}/?article=${slug}&sort=${'x'.repeat(400)}`);
      await statusCounts(page);
      await page.getByText(/Ignored sort/).waitFor();
      await page.locator('article[id^="c-"]').nth(1).waitFor();
      expect(await pageWidth(page)).toEqual({ scroll: width, viewport: width });
      await context.close();
    });
  }
});

describe('paragraph direction', () => {
  it('should lay out an English reply that opens with a Hebrew name left to right, and a Hebrew one right to left', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseURL());
    await statusCounts(page);
    const text = [
      'Directions of paragraphs',
      '',
      'May 02, 2017 · 2 comments',
      'Dana (Haifa)',
      'אורית, my father served there and says the talks are naive.',
      'Yossi (Tel Aviv)',
      'Trump נפגש עם פוטין והסכים על הפסקת אש בסוריה.',
      '',
    ].join('\n');
    const parsed = parseThread(text);
    if (!parsed.ok || parsed.value.comments.length !== 2)
      throw new Error('the dump must parse to 2');
    await chooseFile(page, { name: 'directions.txt', text });
    await page.getByText('from directions.txt: 2 comments.').waitFor({ timeout: 60_000 });
    const english = 'article[id^="c-"]:has-text("Dana") p:has-text("my father")';
    const hebrew = 'article[id^="c-"]:has-text("Yossi") p:has-text("Trump")';
    await page.locator(english).waitFor();
    // Left to right, the name is read first, at the left, and the full stop ends the line; by its
    // first letter alone (dir="auto") the whole paragraph ran right to left, the name at the right.
    expect(await leftOf(page, english, 'אורית')).toBeLessThan(await leftOf(page, english, 'my'));
    expect(await leftOf(page, english, 'my')).toBeLessThan(await leftOf(page, english, 'naive'));
    // Mostly Hebrew, opened by an English name: right to left, the name at the right.
    expect(await leftOf(page, hebrew, 'Trump')).toBeGreaterThan(
      await leftOf(page, hebrew, 'פוטין'),
    );
    await context.close();
  });
});
