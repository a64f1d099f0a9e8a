import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { axeViolations, openTools, waitForCount } from './explorer-support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('accessibility (axe-core)', () => {
  it('should report no violations on the main view', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('should report no violations on a search view with hits and dimmed context', async () => {
    const { page } = await openPage(browser, '/?q=Putin&stance=oppose');
    await waitForCount(page);
    await page.getByText(/\d+ hits?$/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('should report no violations in dark mode', async () => {
    const { page } = await openPage(browser, '/?q=Putin');
    await waitForCount(page);
    await openTools(page);
    await page.getByRole('radio', { name: 'Dark' }).check({ force: true });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.classList.contains('dark')))
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('should report no violations with the key help dialog open', async () => {
    const { page } = await openPage(browser);
    await waitForCount(page);
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('should follow a dark system setting without the switch', async () => {
    const { page } = await openPage(browser);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await waitForCount(page);
    await expect(
      page.evaluate(() => document.documentElement.classList.contains('dark')),
    ).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
