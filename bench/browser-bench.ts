import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../tests/browser/support/browser.ts';
import { textHash } from '../src/core/article/text-hash.ts';
import { waitForParseCache } from './parse-cached.ts';
import { startStaticServer } from '../tests/browser/support/static-server.ts';
import { benchFlatOpen, type FlatOpen } from './flat-open.ts';
import { median, round } from './stats.ts';

export interface BigDump {
  readonly name: string;
  readonly text: string;
  readonly comments: number;
  readonly slug: string;
  /** Id of the root of the 1,000-reply thread (the dump's first comment). */
  readonly bigRootId: string;
  /** Keystrokes after which the number of matches changes: [text before, key]. */
  readonly keystrokes: ReadonlyArray<readonly [string, string]>;
  /** A flat dump of the same size, opened in runs of its own (flat-open.ts). */
  readonly flat?: { readonly name: string; readonly text: string; readonly comments: number };
}

export interface BrowserRun {
  /** Navigation → first `article[id^="c-"]` laid out, seeds only. */
  readonly seedsFirstThreadMs: number;
  readonly seedsFirstContentfulPaintMs: number | null;
  /**
   * File chosen (change event) → the app says the dump is open: read, parsed, its threads shown
   * (a big dump's stances and search index follow).
   */
  readonly openMs: number;
  /** File chosen → its stances read (timedStances). */
  readonly stancesMs: number;
  /** Navigation to `?article=<dump>` (restored from IndexedDB) → its first thread laid out. */
  readonly bigFirstThreadMs: number;
  readonly collapseMs: readonly number[];
  readonly expandMs: readonly number[];
  readonly keystrokeMs: readonly (number | null)[];
  /** The same keystrokes on the seeds alone, before the big dump is opened. */
  readonly seedsKeystrokeMs: readonly (number | null)[];
  /** Mute a word from the Tools menu at 50k (click → the status line's new count); null: none came. */
  readonly muteMs: number | null;
  /** The longest main-thread task seen on each page of the run (load, open, revisit, typing). */
  readonly longestTaskMs: number;
  /**
   * The same, per step of the run (seeds' load, typing on the seeds, the 50k open, its index and
   * cache, the revisit's load, folding, typing, muting a word, Stats and comparing at 50k): one bench run found 225 ms and could not say
   * where. A task belongs to the step that had begun when it started.
   */
  readonly longestTaskByStepMs: Readonly<Record<string, number>>;
  readonly mainHeapMB: number | null;
}

export interface BrowserBenchResult {
  readonly chromium: string;
  readonly runs: number;
  readonly dump: { readonly comments: number; readonly megabytes: number; readonly layout: string };
  readonly seedsFirstThreadMs: number;
  readonly seedsFirstContentfulPaintMs: number | null;
  readonly openMs: number;
  /** Medians of BrowserRun.stancesMs. */
  readonly stancesMs: number;
  readonly bigFirstThreadMs: number;
  /** bigFirstThreadMs / seedsFirstThreadMs (aim ≤ 3). */
  readonly bigToSeedsRatio: number;
  readonly collapseMs: number;
  readonly collapseP95Ms: number;
  readonly expandMs: number;
  readonly keystrokeMs: number;
  readonly keystrokeP95Ms: number;
  readonly keystrokeTimeouts: number;
  readonly seedsKeystrokeMs: number;
  readonly seedsKeystrokeP95Ms: number;
  readonly seedsKeystrokeTimeouts: number;
  /** Medians of BrowserRun.muteMs (null when no run's mute showed). */
  readonly muteMs: number | null;
  /** The longest main-thread task over all runs (aim: none over 200 ms). */
  readonly longestTaskMs: number;
  readonly mainHeapMB: number | null;
  readonly samples: readonly BrowserRun[];
  /** The flat dump's opens; null when none was given. */
  readonly flatOpen: FlatOpen | null;
}

const FIRST_THREAD_PROBE = `
  window.__bench = { firstThread: null, longTasks: [], steps: [] };
  // Every main-thread task over 50 ms on this page, from its start (buffered entries included).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__bench.longTasks.push([e.startTime, Math.round(e.duration)]);
    }
  }).observe({ type: 'longtask', buffered: true });
  (function probe() {
    // The target survives same-tab navigations, so the 50k visit waits for the dump's own thread.
    const target = sessionStorage.getItem('bench-target') || 'article[id^="c-"]';
    const el = document.querySelector(target);
    if (el !== null && el.getBoundingClientRect().height > 0) {
      window.__bench.firstThread = performance.now();
      return;
    }
    requestAnimationFrame(probe);
  })();
`;

type Until =
  | { readonly kind: 'expanded'; readonly selector: string; readonly value: 'true' | 'false' }
  | { readonly kind: 'status-changed'; readonly before: string }
  | { readonly kind: 'visible'; readonly selector: string }
  | { readonly kind: 'text'; readonly selector: string; readonly prefix: string };

/**
 * Arms a one-shot measurement: from the timestamp of the next trusted `eventType` event to the
 * first frame where `until` holds, plus a macrotask (so the frame has been painted).
 */
export async function arm(page: Page, eventType: string, until: Until): Promise<void> {
  // A string, not a function: tsx (esbuild keepNames) would wrap inner functions in a `__name`
  // helper that does not exist in the page.
  await page.evaluate(`(() => {
    const eventType = ${JSON.stringify(eventType)};
    const until = ${JSON.stringify(until)};
    window.__m = { t0: null, t1: null };
    const holds = () => {
      if (until.kind === 'expanded') {
        const el = document.querySelector(until.selector);
        return el !== null && el.getAttribute('aria-expanded') === until.value;
      }
      if (until.kind === 'status-changed') {
        const el = document.querySelector('[role="status"]');
        const text = el === null ? '' : el.textContent;
        return text !== until.before && /\\d+ of \\d+ comments/.test(text);
      }
      if (until.kind === 'text') {
        return [...document.querySelectorAll(until.selector)].some((el) =>
          el.textContent.startsWith(until.prefix),
        );
      }
      const el = document.querySelector(until.selector);
      return el !== null && el.getBoundingClientRect().height > 0;
    };
    const check = () => {
      if (holds()) setTimeout(() => { window.__m.t1 = performance.now(); }, 0);
      else requestAnimationFrame(check);
    };
    // A listener armed earlier whose event never came must not fire into this measurement.
    if (window.__mOff) window.__mOff();
    const handler = (e) => {
      window.__mOff = null;
      window.__m.t0 = e.timeStamp;
      requestAnimationFrame(check);
    };
    window.addEventListener(eventType, handler, { capture: true, once: true });
    window.__mOff = () => window.removeEventListener(eventType, handler, { capture: true });
  })()`);
}

/**
 * Opens the file at `path` the way a reader does, through the Tools menu's file input: ms from the
 * input's change event to the frame that says "Opened “…”".
 */
export async function timedOpen(page: Page, path: string): Promise<number> {
  await arm(page, 'change', {
    kind: 'text',
    selector: '[aria-live="polite"] p',
    prefix: 'Opened “',
  });
  // The file input lives in the Tools menu, which mounts its contents on first opening.
  await page.getByRole('button', { name: 'Tools', exact: true }).click();
  await page.locator('input[type="file"]').first().setInputFiles(path);
  return (await measured(page, 300_000)) ?? Number.NaN;
}

/**
 * After timedOpen: the dump chosen → its stances read, the moment "Reading stances…" (the stance
 * filter's word while a big dump's stances are read after its threads) leaves the page. A dump
 * whose stances came with its threads never shows it: then this is the open itself.
 */
export function timedStances(page: Page, openMs: number): Promise<number> {
  return timedUntilGone(page, 'reading stances', openMs);
}

/**
 * After timedOpen: a big flat dump chosen → its threads shown, the moment "Finding who answers
 * whom…" (the status line's words while its parents are guessed) leaves the page; the open itself
 * for a dump that came with its threads.
 */
export function timedReplies(page: Page, openMs: number): Promise<number> {
  return timedUntilGone(page, 'answers whom', openMs);
}

async function timedUntilGone(
  page: Page,
  words: 'reading stances' | 'answers whom',
  openMs: number,
): Promise<number> {
  // Functions, not strings: the page's policy forbids eval, which string predicates need; the
  // words are one of two, each checked by a function of its own.
  const shown =
    words === 'reading stances'
      ? () => document.body.textContent.includes('Reading stances…')
      : () => document.body.textContent.includes('Finding who answers whom…');
  const gone =
    words === 'reading stances'
      ? () => !document.body.textContent.includes('Reading stances…')
      : () => !document.body.textContent.includes('Finding who answers whom…');
  try {
    // The page is busy for a second or so after "Opened" (the first render of 50,000 comments):
    // the check runs on its main thread, so it is given time to get a turn.
    await page.waitForFunction(shown, undefined, { timeout: 10_000, polling: 50 });
  } catch {
    return openMs;
  }
  await page.waitForFunction(gone, undefined, { timeout: 300_000, polling: 50 });
  return (await page.evaluate('performance.now() - window.__m.t0')) as number;
}

export async function measured(page: Page, timeout = 60_000): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      () => {
        const m = (window as unknown as { __m: { t0: number | null; t1: number | null } }).__m;
        return m.t0 !== null && m.t1 !== null ? m.t1 - m.t0 : null;
      },
      undefined,
      { timeout },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

async function statusText(page: Page): Promise<string> {
  return (await page.locator('[role="status"]').first().textContent()) ?? '';
}

/** Waits until the status line shows a count and stays the same for ~0.6 s (search settled). */
export async function settledStatus(page: Page): Promise<string> {
  let last = '';
  let stable = 0;
  for (let i = 0; i < 300 && stable < 6; i += 1) {
    await page.waitForTimeout(100);
    const now = await statusText(page);
    stable = now === last && /\d+ of \d+ comments/.test(now) ? stable + 1 : 0;
    last = now;
  }
  return last;
}

interface TaskLog {
  readonly longTasks: [number, number][];
  readonly steps: [string, number][];
}

/** Marks the start of a step of the run on the page's clock: later long tasks are counted to it. */
async function beginStep(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (n) => (window as unknown as { __bench: TaskLog }).__bench.steps.push([n, performance.now()]),
    name,
  );
}

/** The longest task of each step since the page loaded (0 when none passed 50 ms). */
async function longestByStep(page: Page, first: string): Promise<Record<string, number>> {
  const log = await page.evaluate(() => (window as unknown as { __bench: TaskLog }).__bench);
  const steps: [string, number][] = [[first, -Infinity], ...log.steps];
  const out: Record<string, number> = Object.fromEntries(steps.map(([n]) => [n, 0]));
  for (const [start, duration] of log.longTasks) {
    const step = steps.findLast(([, at]) => at <= start)?.[0] ?? first;
    out[step] = Math.max(out[step] ?? 0, duration);
  }
  return out;
}

/** Each keystroke from a settled status line to the frame where the new count shows. */
async function typeKeys(page: Page, keystrokes: BigDump['keystrokes']): Promise<(number | null)[]> {
  const search = page.getByRole('searchbox', { name: /Search comments/ });
  const out: (number | null)[] = [];
  for (const [before, key] of keystrokes) {
    await search.fill(before);
    const status = await settledStatus(page);
    await arm(page, 'keydown', { kind: 'status-changed', before: status });
    await search.press(key === ' ' ? 'Space' : key);
    out.push(await measured(page, 15_000));
  }
  await search.fill('');
  await settledStatus(page);
  return out;
}

/** In about one comment in seven of the generated dumps. */
const MUTED_WORD = 'sanctions';

/** Mutes `word` from the Tools menu: the click → the frame where the status line's count changed. */
async function muteWord(page: Page, word: string): Promise<number | null> {
  const status = await settledStatus(page);
  await page.getByRole('button', { name: /^Tools/ }).click();
  await page.getByRole('textbox', { name: 'Mute a word or phrase' }).fill(word);
  await arm(page, 'click', { kind: 'status-changed', before: status });
  await page.getByRole('button', { name: 'Mute', exact: true }).click();
  return measured(page, 15_000);
}

/**
 * Opens Stats with the 50k dump in scope, then widens it to every article and back: each counts
 * every comment in scope on the main thread (a 204–253 ms task before session 41, up to 215 ms in
 * session 42's run; 10,000 comments a task since session 43).
 */
async function visitStats(page: Page, slug: string): Promise<void> {
  await page.getByRole('button', { name: 'Stats', exact: true }).click();
  await page.getByRole('heading', { name: /^Stats:/ }).waitFor({ timeout: 60_000 });
  const scope = page.getByRole('combobox').filter({ hasText: 'All articles' }).first();
  for (const [value, heading] of [
    ['', /^Stats: all articles$/],
    [slug, /^Stats: (?!all articles$)/],
  ] as const) {
    await scope.selectOption(value);
    await page.getByRole('heading', { name: heading }).waitFor({ timeout: 60_000 });
  }
}

/**
 * From Stats of the 50k dump, "Compare with…" the first other article, until the distinctive
 * words are shown (counting every word of 50k comments was one task of about 1.5 s before session
 * 41), then back to the comments.
 */
async function compareFromStats(page: Page): Promise<void> {
  const stats = page.getByRole('region', { name: /^Stats: / });
  await stats.getByText('Compare with…').click();
  await stats.getByRole('button', { name: 'Compare side by side' }).click();
  await page
    .getByRole('table', { name: /^Most distinctive of/ })
    .first()
    .waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await page.getByRole('button', { name: 'Comments', exact: true }).click();
  await page.locator('article[id^="c-"]').first().waitFor({ timeout: 60_000 });
}

async function firstThread(page: Page, url: string): Promise<{ ms: number; fcp: number | null }> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __bench: { firstThread: number | null } }).__bench.firstThread,
    undefined,
    { timeout: 120_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  return { ms, fcp };
}

async function oneRun(
  browser: Browser,
  base: string,
  dump: BigDump,
  dumpPath: string,
): Promise<BrowserRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(FIRST_THREAD_PROBE);
  const seeds = await firstThread(page, base + '/');
  await beginStep(page, 'typing (seeds)');
  const seedsKeystrokeMs = await typeKeys(page, dump.keystrokes);

  // Open the dump the way a reader does: the Tools menu's file input.
  await beginStep(page, '50k open');
  const openMs = await timedOpen(page, dumpPath);
  const stancesMs = await timedStances(page, openMs);
  await page
    .getByText(/^Opened “/)
    .first()
    .waitFor({ timeout: 300_000 });

  // A revisit reads the parse back from the worker's cache, written once the search index is
  // built: wait for it, so the figure is the revisit a reader gets, not a race with that write.
  await beginStep(page, '50k index and cache');
  await waitForParseCache(page, textHash(dump.text), 300_000);
  const onOpenPage = await longestByStep(page, 'seeds load');
  await page.evaluate(`sessionStorage.setItem('bench-target', 'article#c-${dump.bigRootId}')`);
  const big = await firstThread(page, `${base}/?article=${encodeURIComponent(dump.slug)}`);
  const rootToggle = `article#c-${dump.bigRootId} button[aria-expanded]`;
  await page.locator(rootToggle).first().waitFor({ timeout: 120_000 });
  await settledStatus(page);

  await beginStep(page, 'folding (50k)');
  const collapseMs: number[] = [];
  const expandMs: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await arm(page, 'click', { kind: 'expanded', selector: rootToggle, value: 'false' });
    await page.locator(rootToggle).first().click();
    collapseMs.push((await measured(page)) ?? Number.NaN);
    await arm(page, 'click', { kind: 'expanded', selector: rootToggle, value: 'true' });
    await page.locator(rootToggle).first().click();
    expandMs.push((await measured(page)) ?? Number.NaN);
  }

  await beginStep(page, 'typing (50k)');
  const keystrokeMs = await typeKeys(page, dump.keystrokes);
  await beginStep(page, 'muting a word (50k)');
  const muteMs = await muteWord(page, MUTED_WORD);
  await beginStep(page, 'Stats (50k)');
  await visitStats(page, dump.slug);
  await beginStep(page, 'comparing (50k)');
  await compareFromStats(page);
  const onRevisit = await longestByStep(page, '50k revisit load');
  const longestTaskByStepMs = { ...onOpenPage, ...onRevisit };
  const mainHeapMB = await page.evaluate(() => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory === undefined ? null : memory.usedJSHeapSize / 2 ** 20;
  });
  await context.close();
  return {
    seedsFirstThreadMs: seeds.ms,
    seedsFirstContentfulPaintMs: seeds.fcp,
    openMs,
    stancesMs,
    bigFirstThreadMs: big.ms,
    collapseMs,
    expandMs,
    keystrokeMs,
    seedsKeystrokeMs,
    muteMs,
    longestTaskMs: Math.max(...Object.values(longestTaskByStepMs)),
    longestTaskByStepMs,
    mainHeapMB: mainHeapMB === null ? null : round(mainHeapMB, 0),
  };
}

/** Serves a build (made like the browser tests' global setup) and measures `runs` fresh visits. */
export async function benchBrowser(
  distDir: string,
  dump: BigDump,
  runs: number,
  log: (s: string) => void,
): Promise<BrowserBenchResult> {
  const dumpDir = await mkdtemp(join(tmpdir(), 'thread-explorer-dump-'));
  const dumpPath = join(dumpDir, dump.name);
  await writeFile(dumpPath, dump.text);
  const { url, server } = await startStaticServer(distDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  try {
    const samples: BrowserRun[] = [];
    for (let r = 0; r < runs; r += 1) {
      const run = await oneRun(browser, url, dump, dumpPath);
      log(`  browser run ${r + 1}/${runs}: ${JSON.stringify(run)}`);
      samples.push(run);
    }
    let flatOpen: FlatOpen | null = null;
    if (dump.flat !== undefined) {
      const flatPath = join(dumpDir, dump.flat.name);
      await writeFile(flatPath, dump.flat.text);
      const size = {
        comments: dump.flat.comments,
        megabytes: round(Buffer.byteLength(dump.flat.text) / 1e6, 1),
      };
      flatOpen = await benchFlatOpen(browser, url, flatPath, size, runs);
      log(
        `  flat opens: ${JSON.stringify(flatOpen.openMs)}, threads shown: ${JSON.stringify(flatOpen.repliesMs)}, stances read: ${JSON.stringify(flatOpen.stancesMs)}`,
      );
    }
    const all = (pick: (r: BrowserRun) => readonly (number | null)[]) =>
      samples.flatMap(pick).filter((v): v is number => v !== null && Number.isFinite(v));
    const med = (pick: (r: BrowserRun) => number) => median(samples.map(pick));
    const p95 = (values: readonly number[]) =>
      [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? Number.NaN;
    const seedsFirstThreadMs = med((r) => r.seedsFirstThreadMs);
    const bigFirstThreadMs = med((r) => r.bigFirstThreadMs);
    const fcp = samples
      .map((r) => r.seedsFirstContentfulPaintMs)
      .filter((v): v is number => v !== null);
    const heap = samples.map((r) => r.mainHeapMB).filter((v): v is number => v !== null);
    return {
      chromium: browser.version(),
      runs,
      dump: {
        comments: dump.comments,
        megabytes: round(Buffer.byteLength(dump.text) / 1e6, 1),
        layout: dump.name.includes('flat') ? 'flat' : 'indented',
      },
      seedsFirstThreadMs: round(seedsFirstThreadMs, 0),
      seedsFirstContentfulPaintMs: fcp.length > 0 ? round(median(fcp), 0) : null,
      openMs: round(
        med((r) => r.openMs),
        0,
      ),
      stancesMs: round(
        med((r) => r.stancesMs),
        0,
      ),
      bigFirstThreadMs: round(bigFirstThreadMs, 0),
      bigToSeedsRatio: round(bigFirstThreadMs / seedsFirstThreadMs, 1),
      collapseMs: round(median(all((r) => r.collapseMs)), 1),
      collapseP95Ms: round(p95(all((r) => r.collapseMs)), 1),
      expandMs: round(median(all((r) => r.expandMs)), 1),
      keystrokeMs: round(median(all((r) => r.keystrokeMs)), 1),
      keystrokeP95Ms: round(p95(all((r) => r.keystrokeMs)), 1),
      keystrokeTimeouts: samples.flatMap((r) => r.keystrokeMs).filter((v) => v === null).length,
      seedsKeystrokeMs: round(median(all((r) => r.seedsKeystrokeMs)), 1),
      seedsKeystrokeP95Ms: round(p95(all((r) => r.seedsKeystrokeMs)), 1),
      seedsKeystrokeTimeouts: samples.flatMap((r) => r.seedsKeystrokeMs).filter((v) => v === null)
        .length,
      muteMs: (() => {
        const shown = samples.flatMap((r) => (r.muteMs === null ? [] : [r.muteMs]));
        return shown.length > 0 ? round(median(shown), 0) : null;
      })(),
      longestTaskMs: Math.max(...samples.map((r) => r.longestTaskMs)),
      mainHeapMB: heap.length > 0 ? round(median(heap), 0) : null,
      samples,
      flatOpen,
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dumpDir, { recursive: true, force: true });
  }
}
