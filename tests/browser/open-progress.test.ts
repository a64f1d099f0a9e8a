// A big dump's parse shows how far it has got: the progress bar rises in steps while the worker
// guesses parents and reads stances, instead of sitting at 0 % until the parse is over.
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

// Flat, so both passes (parents, then stances) run: about two seconds of parse here.
const dump = makeDump(15_000, 'flat', 41);

describe('open progress', () => {
  it('should show the parse rising in steps between 0 and 100 % before the dump opens', async () => {
    const { page, errors } = await openPage(browser);
    await page.locator('article[id^="c-"]').first().waitFor({ timeout: 60_000 });
    // Every value the bar takes, as the page sets it: polling from the test could miss steps.
    await page.evaluate(() => {
      const w = window as unknown as { barValues: number[] };
      w.barValues = [];
      new MutationObserver(() => {
        const bar = document.querySelector('progress#open-progress');
        const value = bar?.getAttribute('value');
        if (value != null) w.barValues.push(Number(value));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await chooseFile(page, dump);
    await page
      .getByText(/^Opened “/u)
      .first()
      .waitFor({ timeout: 120_000 });
    const values = await page.evaluate(
      () => (window as unknown as { barValues: number[] }).barValues,
    );
    const between = [...new Set(values.filter((v) => v > 0 && v < 100))];
    expect(between.length).toBeGreaterThanOrEqual(5);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
