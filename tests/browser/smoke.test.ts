import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the built app', () => {
  it('should open with its name in the title and no console errors', async () => {
    const { page, errors } = await openPage(browser);
    await expect(page.title()).resolves.toMatch(/Thread Explorer/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
