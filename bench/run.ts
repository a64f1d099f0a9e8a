// npm run bench [-- --quick] [--runs N] [--skip browser,search,parse,bundle,cli,lighthouse] [--huge]
// Measures parse, search, CLI, bundle and in-browser figures; writes bench/results.json and .md.
// --huge also runs the CLI on a ~300 MB dump (minutes: generating it alone takes one or two).
import { readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { articleSlug } from '../src/core/article/article-slug.ts';
import { parseThread } from '../src/core/parse-thread.ts';
import { createSearchIndex, searchIndex, type SearchDoc } from '../src/core/search/search-index.ts';
import { searchDocs } from '../src/core/search/search-docs.ts';
import type { ThreadDocument } from '../src/core/types.ts';
import { generateDump } from '../scripts/gen-dump/generate-dump.ts';
import { seedCorpus } from '../scripts/gen-dump/seed-corpus.ts';
import { benchBrowser, type BigDump } from './browser-bench.ts';
import { benchCli, type CliRun } from './cli-bench.ts';
import { benchLighthouse } from './lighthouse-bench.ts';
import { buildApp } from './build-app.ts';
import { bundleReport } from './bundle-sizes.ts';
import { machineInfo } from './machine.ts';
import { renderMarkdown, type BenchResults } from './report.ts';
import { updateReadme } from './update-readme.ts';
import { nodeBundle } from '../scripts/node-bundle.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    skip: { type: 'string', default: '' },
    out: { type: 'string', default: 'bench/results' },
    huge: { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const skip = new Set(values.skip.split(',').filter(Boolean));
const runs = Number(values.runs ?? (quick ? 2 : 5));
const browserRuns = quick ? 1 : Math.max(3, Math.min(runs, 5));
const log = (s: string) => process.stderr.write(`${s}\n`);
const notes: string[] = [];

const machine = await machineInfo();
log(`machine: ${JSON.stringify(machine)}`);
const corpus = seedCorpus();
const { benchParse, benchSearch } = (await import(
  pathToFileURL(await nodeBundle('bench/measured.ts')).href
)) as typeof import('./measured.ts');

function mustParse(text: string): ThreadDocument {
  const r = parseThread(text);
  if (!r.ok) throw new Error(`generated dump does not parse: ${r.error.message}`);
  return r.value;
}

// ~10 MB dumps (about 330 bytes a comment), or ~1 MB in quick mode.
const parseComments = quick ? 3_000 : 30_000;
const parse = [];
// The third dump has an 8,000-character article that one comment in seven quotes: the cost of
// checking quotations against the article shows only there.
const ARTICLE_CHARS = 8_000;
const parseDumps = [
  { layout: 'flat', name: 'flat', articleBody: 0 },
  { layout: 'indented', name: 'indented', articleBody: 0 },
  { layout: 'flat', name: 'flat + 8,000-char article', articleBody: ARTICLE_CHARS },
] as const;
if (!skip.has('parse')) {
  for (const { layout, name, articleBody } of parseDumps) {
    const { text } = generateDump({
      comments: parseComments,
      layout,
      seed: 11,
      corpus,
      articleBody,
    });
    log(`parse: ${name}, ${(text.length / 1e6).toFixed(1)} MB, ${runs} runs…`);
    parse.push(benchParse(text, layout, runs, name));
    log(`  ${JSON.stringify(parse.at(-1))}`);
  }
}

// The CLI as `npm run parse` runs it, on the 50k flat dump (minutes on a busy machine, so not in
// quick mode) and, with --huge, on a ~300 MB one (about 780,000 comments).
const cli: CliRun[] = [];
if (!skip.has('cli') && !quick) {
  const { text } = generateDump({ comments: 50_000, layout: 'flat', seed: 11, corpus });
  log(`cli: flat 50,000 comments, ${(text.length / 1e6).toFixed(1)} MB…`);
  cli.push(await benchCli(text, 'flat, 50,000 comments'));
  log(`  ${JSON.stringify(cli.at(-1))}`);
}
if (!skip.has('cli') && values.huge) {
  const { text } = generateDump({ comments: 780_000, layout: 'flat', seed: 3, corpus });
  log(`cli: flat 780,000 comments, ${(text.length / 1e6).toFixed(1)} MB…`);
  cli.push(await benchCli(text, 'flat, 780,000 comments (~300 MB)'));
  log(`  ${JSON.stringify(cli.at(-1))}`);
}

// The 50k dump for search and the browser: indented, so the 1,000-reply thread is stated, not guessed.
const bigComments = quick ? 5_000 : 50_000;
const big = generateDump({
  comments: bigComments,
  layout: 'indented',
  seed: 50,
  bigThread: quick ? 300 : 1_000,
  corpus,
});
log(`big dump: ${bigComments} comments, ${(big.text.length / 1e6).toFixed(1)} MB; parsing…`);
const bigDoc = mustParse(big.text);
const slug = articleSlug(bigDoc.article.title);
// As the worker indexes them: the place as written plus the names it resolves to.
const docs: SearchDoc[] = searchDocs(bigDoc.comments, slug);
// The seeds, each article alone and both together: the keystrokes timed must move the status line
// on the seeds' page too, whichever of them it counts.
const seedDocs = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => searchDocs(mustParse(readFileSync(join('seeds', f), 'utf8')).comments, f));

let search = null;
if (!skip.has('search')) {
  log(`search: ${docs.length} docs, ${runs} runs…`);
  search = benchSearch(docs, runs);
  log(
    `  ${JSON.stringify({ top10: search.top10, all: search.all, reference: search.reference, same: search.sameTop10 })}`,
  );
}

let bundle = null;
let browser = null;
const LIGHTHOUSE_RUNS = 5;
let lighthouse = null;
if (!skip.has('bundle') || !skip.has('browser') || !skip.has('lighthouse')) {
  log('building the app…');
  const distDir = await buildApp();
  try {
    if (!skip.has('bundle')) bundle = bundleReport(distDir);
    if (!skip.has('browser')) {
      const keystrokes = keystrokesThatChangeCount(
        [docs, ...seedDocs, seedDocs.flat()],
        quick ? 3 : 6,
      );
      const first = bigDoc.comments[0];
      if (first === undefined) throw new Error('empty big dump');
      const dump: BigDump = {
        name: `indented-${bigComments}.txt`,
        text: big.text,
        comments: bigComments,
        slug,
        bigRootId: first.id,
        keystrokes,
        // The issue's own reference dump is flat: its open is timed too (guessed parents).
        flat: {
          name: `flat-${bigComments}.txt`,
          text: generateDump({ comments: bigComments, layout: 'flat', seed: 11, corpus }).text,
          comments: bigComments,
        },
      };
      log(`browser: ${browserRuns} runs; keystrokes ${JSON.stringify(keystrokes)}`);
      browser = await benchBrowser(distDir, dump, browserRuns, log);
      machine.chromium = browser.chromium;
    }
    // Half a minute a run: not in quick mode, which CI runs. Five, not three: on this 2-core machine
    // one unchanged build scored 74 to 97 (total blocking time 149 to 1,036 ms) in session 35.
    if (!skip.has('lighthouse') && !quick) {
      log(`lighthouse: ${LIGHTHOUSE_RUNS} runs…`);
      lighthouse = await benchLighthouse(distDir, LIGHTHOUSE_RUNS, log);
    }
  } finally {
    await rm(distDir, { recursive: true, force: true });
  }
}

/**
 * Keystrokes (typing a few queries) after which the number of matches changes in every one of
 * `sets`, so the status line moves on the 50k page and on the seeds' page alike.
 */
function keystrokesThatChangeCount(
  sets: readonly (readonly SearchDoc[])[],
  max: number,
): Array<[string, string]> {
  const counters = sets.map((set) => {
    const index = createSearchIndex(set);
    return (q: string) => (q.trim() === '' ? set.length : searchIndex(index, q).length);
  });
  const pairs: Array<[string, string]> = [];
  for (const typed of ['sanctions', 'putin syria', 'russia', 'trump', 'vincent']) {
    for (let i = 1; i < typed.length && pairs.length < max; i += 1) {
      const before = typed.slice(0, i);
      const key = typed.charAt(i);
      if (key !== ' ' && counters.every((count) => count(before) !== count(before + key)))
        pairs.push([before, key]);
    }
  }
  return pairs;
}

if (browser !== null && browser.keystrokeTimeouts > 0) {
  notes.push(
    `${browser.keystrokeTimeouts} keystroke(s) did not change the status line within 15 s and are left out of the keystroke figures.`,
  );
}
const load = Number(machine.loadAverage.split(' / ')[0]);
if (load > machine.cores) {
  notes.push(
    `The machine was shared: load average ${load} at start on ${machine.cores} cores. Every time is inflated, the split('\\n') baselines most (they are short), so the ratios too are off; compare only figures from runs on an idle machine.`,
  );
}
notes.push(
  'CLI: `node scripts/parse.mjs FILE` (what `npm run parse` runs: src/cli/parse.ts compiled by esbuild as the app is, then run), stdout counted and dropped; peak resident set from `process.resourceUsage().maxRSS`, read at exit by a preloaded hook (bench/peak-rss.mjs). One run each.',
  'Parse ratios: each run times split, the structural parse and the full parse back to back on the same text; the ratio is taken within the run, then the median over runs.',
  'Node measures (parse, search) run bench/measured.ts compiled by esbuild as the app is (scripts/node-bundle.mjs), the code the worker runs; until session 19 they ran under tsx, whose keepNames wraps every closure the parse creates and made the flat parse about 1.5× slower than the same code in the page.',
  "Search: ranked queries go through the app's searchIndex (typed-array BM25+ over MiniSearch's radix tree of terms: prefix from 2 letters, 0.2 × length edits from 4, AND, author boost); 'every match' is matchQuery, what the worker answers the page with (every matching comment's position, unranked, and the terms reached); each run times all 50 queries once; p50/p95 over queries, median over runs. The reference is MiniSearch as the app used it before, with the same options (prefix from 1 letter).",
  "Browser: a fresh context per run. First thread = first `article[id^=\"c-\"]` laid out, seen by a requestAnimationFrame probe injected before the page loads (ms since navigation start). Interactions: from the trusted event's timestamp (Playwright click / key press) to the first frame where the result shows, plus a macrotask so that frame has painted. The flat 50k dump (seed 11, as the CLI's) is opened after the other runs, once per run, each in a fresh context after the seeds' first thread; its ratio is taken against the same seeds' first-view median.",
);

const results: BenchResults = {
  date: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`,
  quick,
  machine,
  parse,
  cli,
  search,
  bundle,
  browser,
  lighthouse,
  notes,
};
// Formatted as `npm run format:check` expects, so committing fresh results never breaks CI.
const config = (await resolveConfig(`${values.out}.md`)) ?? {};
const json = await format(JSON.stringify(results), { ...config, parser: 'json' });
await writeFile(`${values.out}.json`, json);
const md = await format(renderMarkdown(results), { ...config, parser: 'markdown' });
await writeFile(`${values.out}.md`, md);
process.stdout.write(md);
// Only a full run to the default place stands for the project's figures.
if (!quick && values.out === 'bench/results' && skip.size === 0) {
  const updated = await updateReadme('README.md', md);
  log(updated ? 'README.md: Performance tables updated.' : 'README.md has no bench markers.');
}
