// A reader teaches the stance model in the built app: labelling a few comments of a dump re-labels
// others of it, each marked "learned" with the words that decided it; the stance filter counts them;
// they come back after a reload (the reader's labels are saved, the model is retrained); and a
// learned label can be overridden like any other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser, openPage } from './support/browser.ts';
import { scrollUntil, scrollUntilFound } from './explorer-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const SLUG = 'trump-and-putin-agree-to-seek-syria-cease-fire';
const STATUS = /^(\d+) of (\d+) comments$/;
const TAUGHT = 4;

async function inView(page: Page): Promise<number> {
  const status = page.getByRole('status').first();
  await status.filter({ hasText: STATUS }).waitFor({ timeout: 60_000 });
  return Number(STATUS.exec((await status.textContent()) ?? '')?.[1]);
}

/** Waits until the status line shows more than `n` comments in view; returns the count. */
async function moreThan(page: Page, n: number): Promise<number> {
  for (let i = 0; i < 300; i += 1) {
    const now = await inView(page);
    if (now > n) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`the view never went above ${n} comments`);
}

/**
 * The id of a comment on screen the machine reads as neutral, scrolling until there is one. Read in
 * one step: a learned label arriving between finding the comment and reading its id can turn it
 * "oppose", and a locator re-resolved then waits for a neutral comment that is no longer there.
 */
function nextNeutralId(page: Page): Promise<string> {
  return scrollUntilFound(page, () =>
    page.evaluate(
      () => document.querySelector('article[id^="c-"]:has([data-stance="neutral"])')?.id ?? null,
    ),
  );
}

describe('teaching the stance model', () => {
  it('should re-label other comments from a few reader labels, explain why, and keep them after reload', async () => {
    const { page, errors } = await openPage(browser, `/?article=${SLUG}&stance=oppose`);
    const opposeBefore = await inView(page);

    // The reader says four comments the machine read as neutral are against the rapprochement.
    await page.goto(`${baseURL()}/?article=${SLUG}`);
    await inView(page);
    for (let k = 0; k < TAUGHT; k += 1) {
      // Learned labels may turn the neutral comments on screen into "oppose": scroll to the next one.
      const id = await nextNeutralId(page);
      const target = page.locator(`article[id="${id}"]`);
      await target.getByRole('button', { name: /stance details/u }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Opposes', exact: true }).click();
      await target.getByTestId('stance-label').filter({ hasText: 'Opposes · yours' }).waitFor();
    }

    // More comments now count as "oppose" than the reader labelled: the model re-labelled some.
    await page.goto(`${baseURL()}/?article=${SLUG}&stance=oppose`);
    const opposeAfter = await moreThan(page, opposeBefore + TAUGHT);
    expect(opposeAfter).toBeGreaterThan(opposeBefore + TAUGHT);

    // A learned label says so and names the words that decided it.
    const learnedLabel = page.getByTestId('stance-label').filter({ hasText: '· learned' });
    const learned = page.locator('article[id^="c-"]', {
      has: await scrollUntil(page, learnedLabel),
    });
    const learnedId = (await learned.first().getAttribute('id')) ?? '';
    const one = page.locator(`article[id="${learnedId}"]`);
    await one.getByRole('button', { name: /stance details/u }).click();
    const why = page.getByRole('dialog').getByTestId('stance-learned');
    await why.waitFor();
    expect(await why.textContent()).toMatch(/Learned from your labels: Opposes/u);
    expect(await why.textContent()).toMatch(/decided by “[^”]+”|from your labels of comments/u);

    // After a reload the reader's labels are read back and the model learns the same labels again.
    await page.reload();
    expect(await moreThan(page, opposeBefore + TAUGHT)).toBe(opposeAfter);
    const again = page.locator(`article[id="${learnedId}"]`);
    await scrollUntil(page, again);
    await again.getByTestId('stance-label').filter({ hasText: 'Opposes · learned' }).waitFor();

    // A learned label can be overridden: it becomes the reader's own.
    await again.getByRole('button', { name: /stance details/u }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Neutral', exact: true }).click();
    await page.goto(`${baseURL()}/?article=${SLUG}`);
    const mine = page.locator(`article[id="${learnedId}"]`);
    await scrollUntil(page, mine);
    await mine.getByTestId('stance-label').filter({ hasText: 'Neutral · yours' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
