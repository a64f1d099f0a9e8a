// Another tab (or the browser's site-data settings) deleting the dumps database: the page lets go
// at once and says what happened and what to do, instead of blocking the deletion until a reload
// that then finds every dump gone without a word.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser } from './support/browser.ts';
import { chooseFile, makeDump, statusCounts } from './support/h7-dumps.ts';
import { DUMPS_DB, PARSES_DB } from '../../src/worker/storage-names.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the dumps database deleted outside the page', () => {
  it('should not block the deletion, and should say the saved dumps are gone and what to do', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseURL());
    await statusCounts(page);
    const dump = makeDump(10, 'flat', 93);
    await chooseFile(page, { name: 'kept.txt', text: dump.text });
    await page.getByText('from kept.txt:').waitFor({ timeout: 60_000 });

    const outcome = await page.evaluate(
      (name) =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve('error');
          request.onblocked = () => resolve('blocked');
        }),
      DUMPS_DB,
    );
    expect(outcome).toBe('deleted');
    await page
      .getByRole('alert')
      .filter({ hasText: /saved dumps were deleted outside this page.*open their files again/ })
      .waitFor();
    await context.close();
  });

  it('should not block a deletion of the parse cache either: the worker lets go of it at once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseURL());
    await statusCounts(page);
    const dump = makeDump(10, 'flat', 94);
    await chooseFile(page, { name: 'cached.txt', text: dump.text });
    await page.getByText('from cached.txt:').waitFor({ timeout: 60_000 });
    // On a revisit the worker opens its parse cache at once, for the saved dump's parse.
    await page.reload();
    await statusCounts(page);
    const opened = () =>
      page.evaluate(
        async (name) => (await indexedDB.databases()).some((d) => d.name === name),
        PARSES_DB,
      );
    await expect.poll(opened, { timeout: 30_000 }).toBe(true);
    const outcome = await page.evaluate(
      (name) =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve('error');
          request.onblocked = () => resolve('blocked');
        }),
      PARSES_DB,
    );
    expect(outcome).toBe('deleted');
    // A lost cache is silent (the next big open parses again): no alert about it.
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: /deleted/u })
        .count(),
    ).toBe(0);
    await context.close();
  });
});
