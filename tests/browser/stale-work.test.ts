// Stale work is dropped and never shown: with a 50,000-comment dump open, a query typed quickly
// answers soon after the last key, and no older query's answer shows after it; a cancelled parse
// never adds its dump, however long one waits.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDump } from '../../scripts/gen-dump/generate-dump.ts';
import { MAX_DUMP_BYTES } from '../../src/core/parse/decode-dump.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import { createSearchIndex, searchIndex } from '../../src/core/search/search-index.ts';
import { searchDocs } from '../../src/core/search/search-docs.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { chooseFile, waitForStatus } from './support/h7-dumps.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const BIG = 50_000;
const big = generateDump({ comments: BIG, layout: 'indented', seed: 50 });
const bigName = `indented-${BIG}.txt`;
// In most comments of the seeds: a search the engine must answer over every comment.
const SEARCHED = 'putin';
// Two-letter prefixes that each match thousands of comments, so every keystroke asks a costly
// question; one letter alone matches only itself, so the count moves until the very last key.
const TYPED = 'pu th an to of in is';
/**
 * After the last key, the final query's answer must show within this. The issue saw 7–56 s; with
 * MiniSearch in shards it took 2.9–4.7 s on this shared, loaded machine (most of it the page
 * catching up with the keys), so 6 s leaves room without hiding a regression.
 */
const BOUND_MS = 6_000;

/**
 * Every text the status line shows, with the time (page clock) it showed it, and the time of each
 * key press as the page received it.
 */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { statusLog: Array<[number, string]>; keyLog: number[] };
    w.statusLog = [];
    w.keyLog = [];
    document.addEventListener('keydown', (e) => w.keyLog.push(e.timeStamp), true);
    const status = document.querySelector('[role="status"]');
    if (status === null) throw new Error('no status line');
    const note = () => w.statusLog.push([performance.now(), status.textContent ?? '']);
    note();
    new MutationObserver(note).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

describe('stale work', () => {
  // Its own waits (a 50k parse, then the index) run to minutes on a loaded machine: the default
  // two-minute test timeout cut it short before its real bound, the latency after the last key.
  it(
    'should show the final query’s answer soon after the last key, and no older answer after it',
    { timeout: 480_000 },
    async () => {
      // The answer the final query must show, from the same core in Node.
      const parsed = parseThread(big.text);
      if (!parsed.ok) throw new Error('the generated dump should parse');
      const total = parsed.value.comments.length;
      const index = createSearchIndex(searchDocs(parsed.value.comments, 'big'));
      const expected = searchIndex(index, TYPED).length;
      // The last key must change the answer, or "shown after the last key" proves nothing.
      expect(searchIndex(index, TYPED.slice(0, -1)).length).not.toBe(expected);

      const { page, errors } = await openPage(browser);
      await chooseFile(page, onDisk(bigName, big.text));
      await page.getByText(`from ${bigName}: ${total} comments.`).waitFor({ timeout: 180_000 });
      await waitForStatus(page, `${total} of ${total} comments`);
      // Wait until its search index is built (a query typed earlier waits for it, by design).
      const box = page.getByRole('searchbox', { name: 'Search comments' });
      await box.fill('putin');
      await page
        .getByRole('status')
        .first()
        .filter({ hasText: new RegExp(`^\\d+ of ${total} comments$`) })
        .filter({ hasNotText: `${total} of ${total}` })
        .waitFor({ timeout: 120_000 });
      await box.fill('');
      await waitForStatus(page, `${total} of ${total} comments`);

      await recordStatus(page);
      await box.focus();
      await box.pressSequentially(TYPED, { delay: 40 });
      // The page's own time of the last key: read afterwards, a busy machine can have answered it
      // already (the search takes milliseconds), and the answer would seem to come before the key.
      const lastKey = await page.evaluate(() =>
        Math.max(...(window as unknown as { keyLog: number[] }).keyLog),
      );
      await waitForStatus(page, `${expected} of ${total} comments`);
      // Anything still in flight would land now: give it time, then read what was shown.
      await page.waitForTimeout(3_000);
      const log = await page.evaluate(
        () => (window as unknown as { statusLog: Array<[number, string]> }).statusLog,
      );
      const final = `${expected} of ${total} comments`;
      const shownAt = log.find(([t, text]) => t >= lastKey && text === final)?.[0];
      expect(shownAt).toBeDefined();
      const latency = (shownAt ?? Infinity) - lastKey;
      const t0 = log[0]?.[0] ?? 0;
      console.log(
        `status changes (ms from the first key; last key at ${Math.round(lastKey - t0)}):`,
        log.map(([t, text]) => `${Math.round(t - t0)} ${text}`).join(' | '),
      );
      console.log(
        `50k: final answer ${Math.round(latency)} ms after the last key (${expected} hits)`,
      );
      expect(latency).toBeLessThan(BOUND_MS);
      // After the final answer showed, the status never changed again: no late, older answer.
      const after = log.filter(([t]) => t >= (shownAt ?? 0)).map(([, text]) => text);
      expect(new Set(after)).toEqual(new Set([final]));
      expect(await box.inputValue()).toBe(TYPED);

      // For scale: the final query asked alone, on the same page.
      await box.fill('');
      await waitForStatus(page, `${total} of ${total} comments`);
      const alone = await page.evaluate(() => performance.now());
      await box.fill(TYPED);
      await waitForStatus(page, final);
      const aloneMs = (await page.evaluate(() => performance.now())) - alone;
      console.log(`50k: the final query alone answers in ${Math.round(aloneMs)} ms`);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  // Two opens of a 49 MB dump and a fresh engine: minutes on a loaded machine, as above.
  it(
    'should stop a cancelled parse: the dump is never added, the open discussions stay as they were',
    { timeout: 480_000 },
    async () => {
      // Three times the search test's dump: since session 24 a 50,000-comment open can end (0.8 s
      // on an idle machine) before the click on Cancel lands, and then there is nothing to cancel.
      const huge = generateDump({ comments: 3 * BIG, layout: 'indented', seed: 51 });
      const hugeName = `indented-${3 * BIG}.txt`;
      // Within what the page opens at all (49.2 of 50 MiB), or it would be refused, not parsed.
      expect(Buffer.byteLength(huge.text)).toBeLessThan(MAX_DUMP_BYTES);
      const hugePath = onDisk(hugeName, huge.text);

      // How long the big open takes when left to finish, on this machine under its present load,
      // in a page of its own (opened here, it would be opened again by every restarted engine).
      const full = await openPage(browser);
      await seedsShown(full.page);
      await chooseFile(full.page, hugePath);
      // From the file set in the page, not from the click that chose it.
      const fullStart = Date.now();
      await full.page.getByText(new RegExp(`from ${hugeName}: \\d+ comments\\.`, 'u')).waitFor({
        timeout: 300_000,
      });
      const fullMs = Date.now() - fullStart;
      expect(full.errors).toEqual([]);
      await full.page.context().close();

      const { page, errors } = await openPage(browser);
      const seeds = await seedsShown(page);
      const before = await searched(page, seeds);
      await chooseFile(page, hugePath);
      const cancel = page.getByRole('button', { name: 'Cancel' });
      await cancel.waitFor({ timeout: 60_000 });
      // Cancel once the engine is parsing (it reports how far), not while the file is still read.
      await page.locator('#open-progress[value]').waitFor({ state: 'attached', timeout: 60_000 });
      await cancel.click();
      await page.getByText(/Cancelled\. Nothing was added/u).waitFor({ timeout: 60_000 });

      // Left running, the parse would have ended by now and the dump been added (about `fullMs`
      // from the choice): wait that long again, and half as much for a loaded machine.
      await page.waitForTimeout(1.5 * fullMs);
      expect(await page.getByText(`from ${hugeName}:`).count()).toBe(0);
      // The same answer as before the open: the cancelled dump added nothing to what is searched.
      const after = await searched(page, seeds);
      console.log(
        `after the cancel and ${Math.round(1.5 * fullMs)} ms: "${after}", before the open ` +
          `"${before}"; the big open left to finish took ${fullMs} ms`,
      );
      expect(after).toBe(before);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

/** Waits for the seeds' status line, the page's first view, and returns it. */
async function seedsShown(page: Page): Promise<string> {
  const status = page
    .getByRole('status')
    .first()
    .filter({ hasText: / of \d+ comments$/ });
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

/** Searches the open discussions for a common word; what the status line answered. */
async function searched(page: Page, unfiltered: string): Promise<string> {
  const box = page.getByRole('searchbox', { name: 'Search comments' });
  await box.fill('');
  await waitForStatus(page, unfiltered);
  await box.fill(SEARCHED);
  const status = page
    .getByRole('status')
    .first()
    .filter({ hasText: /^\d+ of \d+ comments$/ })
    .filter({ hasNotText: unfiltered });
  await status.waitFor({ timeout: 300_000 });
  return (await status.textContent()) ?? '';
}

/**
 * The dump as a file on disk, for the file chooser: handed over as bytes, Playwright took about
 * 25 s for 49 MB here and over its 30 s limit in fresh-clone CI on a loaded machine (stop 39).
 */
function onDisk(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'stale-work-')), name);
  writeFileSync(path, text);
  return path;
}
