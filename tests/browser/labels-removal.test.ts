// Reader labels belong to a dump's content, not to its place in the list: removing another dump
// with the same title must neither move nor drop them, and old `article=…-2` links keep their dump.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser } from './support/browser.ts';
import {
  chooseFile,
  makeDump,
  openTools,
  statusCounts,
  waitForStatus,
} from './support/h7-dumps.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const first = makeDump(12, 'flat', 91);
// Same title, other text: the second one gets the `-2` slug.
const second = { ...first, name: 'second.txt', text: `${first.text}\nOne more line.\n` };

async function open(page: Page, dump: { name: string; text: string }): Promise<void> {
  await chooseFile(page, dump);
  await page.getByText(`from ${dump.name}:`).waitFor({ timeout: 60_000 });
}

describe('reader labels across removal', () => {
  it('should keep a label on the second of two same-titled dumps when the first is removed, and say what happens to labels', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseURL());
    await statusCounts(page);
    await open(page, { name: 'first.txt', text: first.text });
    await open(page, second);

    await page.goto(`${baseURL()}/?article=${first.slug}-2`);
    await waitForStatus(page, `${first.comments} of ${first.comments} comments`);
    const target = page.locator('article[id^="c-"]').first();
    const id = await target.getAttribute('id');
    const machine = (await target.getByTestId('stance-label').textContent()) ?? '';
    const mine = machine.startsWith('Supports') ? 'Opposes' : 'Supports';
    await target.getByRole('button', { name: /stance details/u }).click();
    await page.getByRole('dialog').getByRole('button', { name: mine, exact: true }).click();
    await target.getByTestId('stance-label').filter({ hasText: '· yours' }).waitFor();

    await openTools(page);
    await page.getByText('Your dumps (2)').click();
    await page.getByRole('button', { name: 'Remove first.txt' }).click();
    await page.getByText('Removed “first.txt”. It had no stance labels of yours.').waitFor();

    // The old link still opens the second dump, with the reader's label on it.
    await page.goto(`${baseURL()}/?article=${first.slug}-2`);
    await waitForStatus(page, `${first.comments} of ${first.comments} comments`);
    const again = page.locator(`article[id="${id}"]`);
    await again.getByTestId('stance-label').filter({ hasText: '· yours' }).waitFor();
    expect(await page.getByText(/No article/).count()).toBe(0);

    await openTools(page);
    await page.getByText('Your dumps (1)').click();
    await page.getByRole('button', { name: 'Remove second.txt' }).click();
    await page
      .getByText(
        'Removed “second.txt”. Your 1 stance label on it is kept in this browser and comes back if you open it again.',
      )
      .waitFor();
    await open(page, second);
    await page.goto(`${baseURL()}/?article=${first.slug}-2`);
    await page
      .locator(`article[id="${id}"]`)
      .getByTestId('stance-label')
      .filter({ hasText: '· yours' })
      .waitFor();

    // The label is stored by the dump's content, never by its slug.
    const stored = await page.evaluate(() =>
      Object.keys(
        (
          JSON.parse(localStorage.getItem('thread-explorer:stance-overrides') ?? '{}') as {
            overrides?: Record<string, string>;
          }
        ).overrides ?? {},
      ),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(new RegExp(`^[0-9a-f]+/${(id ?? '').slice(2)}$`, 'u'));

    // A slug change: the slugs given out are lost, so the reopened dump gets the plain slug now.
    await openTools(page);
    await page.getByText('Your dumps (1)').click();
    await page.getByRole('button', { name: 'Remove second.txt' }).click();
    await page.evaluate(() => localStorage.removeItem('thread-explorer:article-slugs'));
    await page.reload();
    await statusCounts(page);
    await open(page, second);
    await page.goto(`${baseURL()}/?article=${first.slug}`);
    await waitForStatus(page, `${first.comments} of ${first.comments} comments`);
    await page
      .locator(`article[id="${id}"]`)
      .getByTestId('stance-label')
      .filter({ hasText: '· yours' })
      .waitFor();
    await openTools(page);
    await page.getByRole('button', { name: 'Your labels (1)' }).waitFor();
    await context.close();
  });
});
