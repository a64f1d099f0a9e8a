// A big flat dump shows how far the work on it has got: its comments come at once, in page order,
// and the status line's percentage rises in steps while the worker guesses who answers whom,
// instead of sitting at 0 % until the threads are there.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { chooseFile, makeDump } from './support/h7-dumps.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

// Flat, so parents are guessed after the comments are shown: about two seconds of work here.
const dump = makeDump(15_000, 'flat', 41);

describe('open progress', () => {
  it('should show the guessing of threads rising in steps between 0 and 100 % once the dump is open', async () => {
    const { page, errors } = await openPage(browser);
    await page.locator('article[id^="c-"]').first().waitFor({ timeout: 60_000 });
    // Every percentage the status line says, as the page sets it: polling could miss steps.
    await page.evaluate(() => {
      const w = window as unknown as { said: number[] };
      w.said = [];
      new MutationObserver(() => {
        const text = document.querySelector('[role="status"]')?.textContent ?? '';
        const m = /Finding who answers whom… (\d+)%/u.exec(text);
        if (m?.[1] !== undefined) w.said.push(Number(m[1]));
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await chooseFile(page, dump);
    await page
      .getByText(/^Opened “/u)
      .first()
      .waitFor({ timeout: 120_000 });
    await page
      .getByRole('status')
      .first()
      .filter({ hasText: new RegExp(`^${dump.comments} of ${dump.comments} comments$`, 'u') })
      .waitFor({ timeout: 120_000 });
    const said = await page.evaluate(() => (window as unknown as { said: number[] }).said);
    const between = [...new Set(said.filter((v) => v > 0 && v < 100))];
    expect(between.length).toBeGreaterThanOrEqual(5);
    expect(said).toEqual([...said].sort((a, b) => a - b));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
