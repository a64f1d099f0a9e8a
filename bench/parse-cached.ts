import type { Page } from 'playwright-core';
import { PARSES_DB, PARSES_RECENT_KEY, PARSES_STORE } from '../src/worker/storage-names.ts';

// Shared by the bench and the browser tests: a page-side probe of the worker's parse cache.

/**
 * A page script, true once the worker's parse cache (src/worker/parse-cache.ts) lists the parse of
 * the text with this textHash. By hash: the seeds' parses are cached too, from the first visit on.
 */
export function parseCached(hash: string): string {
  return `(async () => {
  // Opening a database that does not exist would create it empty, without the worker's store.
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes(${JSON.stringify(PARSES_DB)})) return false;
  return new Promise((resolve) => {
    const open = indexedDB.open(${JSON.stringify(PARSES_DB)});
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      const done = (v) => { db.close(); resolve(v); };
      const store = ${JSON.stringify(PARSES_STORE)};
      if (!db.objectStoreNames.contains(store)) return done(false);
      const get = db.transaction(store).objectStore(store).get(${JSON.stringify(PARSES_RECENT_KEY)});
      get.onsuccess = () => done(Array.isArray(get.result) && get.result.includes(${JSON.stringify(hash)}));
      get.onerror = () => done(false);
    };
  });
})()`;
}

/**
 * Waits until the parse cache holds the parse of the text with this textHash. `page.waitForFunction`
 * would not do: it takes the probe's promise itself for a truthy answer and returns at once.
 */
export async function waitForParseCache(
  page: Page,
  hash: string,
  timeoutMs: number,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(parseCached(hash)))) {
    if (Date.now() > until) throw new Error(`no parse of ${hash} cached after ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}
