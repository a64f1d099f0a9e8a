// A reader overrides a machine stance label in the built app, from the badge's popover: the label
// is marked as theirs, the stance filter counts it under the new label, the JSON export carries it
// as the reader's, it survives a reload, and "Use the machine's label" brings the machine's back.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { openTools } from './explorer-support.ts';
import { baseURL, launchBrowser, openPage } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const STATUS = /^(\d+) of (\d+) comments$/;

async function inView(page: Page): Promise<number> {
  const status = page.getByRole('status').first();
  await status.filter({ hasText: STATUS }).waitFor({ timeout: 60_000 });
  return Number(STATUS.exec((await status.textContent()) ?? '')?.[1]);
}

async function waitForInView(page: Page, n: number): Promise<void> {
  await page
    .getByRole('status')
    .first()
    .filter({ hasText: new RegExp(`^${n} of \\d+ comments$`) })
    .waitFor({ timeout: 30_000 });
}

function label(comment: Locator): Locator {
  return comment.getByTestId('stance-label');
}

describe('overriding a stance label', () => {
  it('should mark the reader’s label, count and export it as theirs, keep it after reload, and reset it', async () => {
    const { page, errors } = await openPage(browser, '/?stance=support');
    const supportBefore = await inView(page);

    // Any comment the machine did not label "support" (the page is filtered, so look unfiltered).
    await page.goto(`${baseURL()}/`);
    await inView(page);
    const comment = page
      .locator('article[id^="c-"]', { has: page.locator('[data-stance="oppose"]') })
      .first();
    await comment.waitFor({ timeout: 30_000 });
    const id = await comment.getAttribute('id');
    expect(id).toMatch(/^c-/u);
    const target = page.locator(`article[id="${id}"]`);
    await expect(label(target).textContent()).resolves.toBe('Opposes');

    await target.getByRole('button', { name: /stance details/u }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Supports', exact: true }).click();
    await label(target).filter({ hasText: 'Supports · yours' }).waitFor();

    // The popover still tells the machine's reading.
    await target.getByRole('button', { name: /stance details/u }).click();
    await page
      .getByRole('dialog')
      .getByText(/Machine’s reading: Opposes/u)
      .waitFor();
    await page.keyboard.press('Escape');

    await page.goto(`${baseURL()}/?stance=support`);
    await waitForInView(page, supportBefore + 1);
    await page.locator(`article[id="${id}"]`).waitFor();

    // The export of this view carries the reader's label, marked as theirs.
    const pending = page.waitForEvent('download');
    await openTools(page);
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const exported = JSON.parse(await readFile((await (await pending).path()) ?? '', 'utf8'));
    const docs: { comments: { id: string; stance: Record<string, unknown> }[] }[] = Array.isArray(
      exported,
    )
      ? exported
      : [exported];
    const mine = docs.flatMap((d) => d.comments).find((c) => `c-${c.id}` === id);
    expect(mine?.stance).toMatchObject({
      label: 'support',
      source: 'reader',
      machineLabel: 'oppose',
    });

    // A reload reads the override back from localStorage.
    await page.reload();
    await waitForInView(page, supportBefore + 1);
    const kept = page.locator(`article[id="${id}"]`);
    await label(kept).filter({ hasText: 'Supports · yours' }).waitFor();
    const saved = await page.evaluate(() =>
      localStorage.getItem('thread-explorer:stance-overrides'),
    );
    // Version 2: kept by the dump's text hash and the comment's id, never by slug.
    expect(JSON.parse(saved ?? '{}')).toMatchObject({ version: 2 });
    expect(Object.values(JSON.parse(saved ?? '{}').overrides)).toEqual(['support']);
    expect(Object.keys(JSON.parse(saved ?? '{}').overrides)).toEqual([
      expect.stringMatching(new RegExp(`^[0-9a-f]+/${id?.slice(2) ?? ''}$`, 'u')),
    ]);

    await kept.getByRole('button', { name: /stance details/u }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Use the machine’s label/u })
      .click();
    await waitForInView(page, supportBefore);
    const cleared = await page.evaluate(() =>
      localStorage.getItem('thread-explorer:stance-overrides'),
    );
    expect(cleared).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
