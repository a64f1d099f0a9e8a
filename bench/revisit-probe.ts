// Times revisits of the bench's 50,000-comment indented dump in one built app, for A/B runs of two
// builds (what `npm run bench` measures once, here as often as asked), and with TRACE=file writes a
// Chromium trace of the first revisit (page and worker threads; open it in DevTools' Performance tab):
//   npx vite build --outDir /tmp/a && TRACE=/tmp/revisit.json npx tsx bench/revisit-probe.ts /tmp/a 3
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { articleSlug } from '../src/core/article/article-slug.ts';
import { textHash } from '../src/core/article/text-hash.ts';
import { parseThread } from '../src/core/parse-thread.ts';
import { generateDump } from '../scripts/gen-dump/generate-dump.ts';
import { seedCorpus } from '../scripts/gen-dump/seed-corpus.ts';
import { CHROMIUM_FLAGS } from '../tests/browser/support/browser.ts';
import { startStaticServer } from '../tests/browser/support/static-server.ts';
import { timedOpen } from './browser-bench.ts';
import { waitForParseCache } from './parse-cached.ts';

const [dist, runs = '3'] = process.argv.slice(2);
if (dist === undefined) throw new Error('usage: revisit-probe.ts DIST_DIR [RUNS]');
const trace = process.env['TRACE'];
// The bench's own big dump (bench/run.ts): the same seed, size and 1,000-reply thread.
const big = generateDump({
  comments: 50_000,
  layout: 'indented',
  seed: 50,
  bigThread: 1_000,
  corpus: seedCorpus(),
});
const doc = parseThread(big.text);
if (!doc.ok) throw new Error(doc.error.message);
const slug = articleSlug(doc.value.article.title);
const root = doc.value.comments[0]?.id ?? '';
const dir = await mkdtemp(join(tmpdir(), 'revisit-'));
const path = join(dir, 'indented-50000.txt');
await writeFile(path, big.text);
const { url, server } = await startStaticServer(dist);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
try {
  const page = await browser.newPage();
  await page.goto(url + '/');
  await page.locator('article[id^="c-"]').first().waitFor();
  await timedOpen(page, path);
  await page
    .getByText(/^Opened “/)
    .first()
    .waitFor({ timeout: 300_000 });
  await waitForParseCache(page, textHash(big.text), 300_000);
  for (let run = 0; run < Number(runs); run += 1) {
    if (run === 0 && trace !== undefined) {
      await browser.startTracing(page, {
        path: trace,
        categories: ['devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8'],
      });
    }
    await page.goto(`${url}/?article=${encodeURIComponent(slug)}`);
    await page.locator(`article#c-${root}`).first().waitFor({ timeout: 120_000 });
    // Polled by Playwright, so a few ms late: compare builds with it, not with the bench's figure.
    const ms = await page.evaluate(() => performance.now());
    if (run === 0 && trace !== undefined) await browser.stopTracing();
    console.log(`revisit ${run + 1}: first thread ${Math.round(ms)} ms after navigation`);
  }
} finally {
  await browser.close();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
