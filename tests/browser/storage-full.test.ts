// Issue 7, "nothing lost": a full localStorage / IndexedDB is shown (role="alert"), never thrown,
// and what an older version of the app saved is read or discarded with a notice, never a crash.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser } from './support/browser.ts';
import { makeDump, chooseFile, statusCounts, waitForStatus } from './support/h7-dumps.ts';
import { guardedPage } from './support/h8-guards.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const OVERRIDES_KEY = 'thread-explorer:stance-overrides';

/** Every localStorage write fails as a full disk does in Chromium. */
function fullLocalStorage(): void {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** Every IndexedDB write fails with the quota error, as when the origin's storage is full. */
function fullIndexedDb(): void {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.put = quota;
  IDBObjectStore.prototype.add = quota;
}

async function firstComment(page: Page) {
  await statusCounts(page);
  const comment = page
    .locator('article[id^="c-"]', { has: page.locator('[data-stance="oppose"]') })
    .first();
  await comment.waitFor({ timeout: 30_000 });
  return page.locator(`article[id="${await comment.getAttribute('id')}"]`);
}

describe('full storage', () => {
  it('should say so in an alert when a stance override cannot be saved, and keep it for the visit', async () => {
    const g = await guardedPage(browser, { initScript: fullLocalStorage });
    await g.page.goto(baseURL());
    const comment = await firstComment(g.page);
    await comment.getByRole('button', { name: /stance details/u }).click();
    await g.page.getByRole('dialog').getByRole('button', { name: 'Supports', exact: true }).click();
    await g.page
      .getByRole('alert')
      .filter({ hasText: /storage is full/i })
      .waitFor({ timeout: 10_000 });
    // The change still holds on the page; it just cannot outlive it.
    await comment.getByTestId('stance-label').filter({ hasText: 'Supports' }).waitFor();
    expect(await g.page.evaluate((k) => localStorage.getItem(k), OVERRIDES_KEY)).toBeNull();
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('should open a dump when IndexedDB is full, and say in an alert that it cannot be kept', async () => {
    const g = await guardedPage(browser, { initScript: fullIndexedDb });
    await g.page.goto(baseURL());
    const before = await statusCounts(g.page);
    const dump = makeDump(40, 'flat', 801);
    await chooseFile(g.page, { name: dump.name, text: dump.text });
    // Opened (kept for this visit only) and shown as the view, as any opened dump is.
    await waitForStatus(g.page, `${dump.comments} of ${dump.comments} comments`);
    expect(before.inScope).toBeGreaterThan(dump.comments);
    await g.page
      .getByRole('alert')
      .filter({ hasText: /storage is full/i })
      .waitFor({ timeout: 10_000 });
    expect(g.errors).toEqual([]);
    await g.context.close();
  });
});

describe('state saved by an older version', () => {
  it('should discard old and corrupt stance overrides with a notice and keep working', async () => {
    for (const saved of [
      JSON.stringify({ version: 0, overrides: { 'x/y': 'support' } }),
      '{not json',
      JSON.stringify(['an', 'array']),
    ]) {
      const g = await guardedPage(browser);
      await g.page.goto(baseURL());
      await statusCounts(g.page);
      await g.page.evaluate(({ k, v }) => localStorage.setItem(k, v), {
        k: OVERRIDES_KEY,
        v: saved,
      });
      await g.page.reload();
      const { inScope } = await statusCounts(g.page);
      expect(inScope).toBeGreaterThan(0);
      await g.page
        .getByText(/discarded/i)
        .first()
        .waitFor({ timeout: 10_000 });
      expect(await g.page.evaluate((k) => localStorage.getItem(k), OVERRIDES_KEY)).toBeNull();
      expect(g.errors).toEqual([]);
      await g.context.close();
    }
  });

  it('should remove a dump saved in an older format with a notice, not crash', async () => {
    const g = await guardedPage(browser);
    await g.page.goto(baseURL());
    const before = await statusCounts(g.page);
    // What a version-0 build might have written: another envelope shape under the same store.
    await g.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('thread-explorer');
          open.onupgradeneeded = () => open.result.createObjectStore('dumps');
          open.onerror = () => reject(open.error ?? new Error('open failed'));
          open.onsuccess = () => {
            const tx = open.result.transaction('dumps', 'readwrite');
            tx.objectStore('dumps').put(
              { v: 0, file: 'old.txt', body: 'Old\n\nx (y)\nz' },
              'old-key',
            );
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('write failed'));
          };
        }),
    );
    await g.page.reload();
    await g.page
      .getByText(/older version of the explorer/i)
      .first()
      .waitFor({ timeout: 15_000 });
    const after = await statusCounts(g.page);
    expect(after.inScope).toBe(before.inScope);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });
});
