// Issue 7: links are crafted by anyone. fast-check generates well over 1,000 links — coherent views,
// random text, malformed values, unknown parameters, huge values, broken percent-encoding — and one
// page visits them all (a real navigation for every 8th, history navigation for the rest). The page
// must never throw, always state "N of M comments", and show a notice exactly when it ignored a part.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSlug } from '../../src/core/article/article-slug.ts';
import { isParam } from '../../src/core/view/view-params.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import type { ThreadDocument } from '../../src/core/types.ts';
import { baseURL, launchBrowser } from './support/browser.ts';
import { guardedPage } from './support/h8-guards.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);
const REAL_NAVIGATION_EVERY = 10;
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261122);

function seedDocs(): ThreadDocument[] {
  return readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const parsed = parseThread(readFileSync(`seeds/${f}`, 'utf8'));
      if (!parsed.ok) throw new Error(`seed ${f} does not parse`);
      return parsed.value;
    });
}

/** One query parameter, raw (already percent-encoded), and whether the app must ignore it. */
interface Part {
  readonly raw: string;
  readonly ignored: boolean;
  readonly name: string;
}

const enc = encodeURIComponent;
const part = (name: string, value: string, ignored: boolean): Part => ({
  raw: `${enc(name)}=${enc(value)}`,
  ignored,
  name,
});

function arbitraries(docs: readonly ThreadDocument[]) {
  const articles = docs.map((d) => ({
    slug: articleSlug(d.article.title),
    ids: d.comments.map((c) => c.id),
    authors: [...new Set(d.comments.flatMap((c) => (c.author === null ? [] : [c.author])))],
    places: [
      ...new Set(
        d.comments.flatMap((c) =>
          [c.location?.country, c.location?.region, c.location?.city].filter(
            (p): p is string => typeof p === 'string' && p !== '',
          ),
        ),
      ),
    ],
  }));
  const allIds = new Set(articles.flatMap((a) => a.ids));
  const stanceSet = fc
    .subarray(['support', 'oppose', 'neutral'], { minLength: 1 })
    .map((s) => s.join(','));

  // A coherent view of one article (or all): every value names something that exists there.
  const coherent = fc.constantFrom(...articles).chain((a) =>
    fc
      .record(
        {
          article: fc.constant(a.slug),
          q: fc.constantFrom('putin', 'trump', 'syria', 'russia', 'sanct', 'ceasefire', 'war'),
          stance: stanceSet,
          sort: fc.constantFrom('page', 'replies', 'longest'),
          comment: fc.constantFrom(...a.ids),
          thread: fc.constantFrom(...a.ids),
          author: fc.constantFrom(...a.authors),
          loc: a.places.length > 0 ? fc.constantFrom(...a.places) : fc.constant('unknown'),
        },
        { requiredKeys: [] },
      )
      .map((view) => Object.entries(view).map(([k, v]) => part(k, v, false))),
  );

  const unknownId = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/).filter((id) => !allIds.has(id));
  const bad: fc.Arbitrary<Part> = fc.oneof(
    // A parameter the app does not know.
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 20 }))
      .filter(([n]) => !isParam(n))
      .map(([n, v]) => part(n, v, true)),
    fc
      .string({ minLength: 1, maxLength: 30 })
      .filter((s) => s.split(',').some((x) => !['support', 'oppose', 'neutral'].includes(x.trim())))
      .map((s) => part('stance', s, true)),
    unknownId.map((id) => part('comment', id, true)),
    unknownId.map((id) => part('thread', id, true)),
    fc
      .stringMatching(/^[a-z0-9-]{1,40}$/)
      .filter((s) => !articles.some((a) => a.slug === s))
      .map((s) => part('article', s, true)),
    fc.constantFrom('newest', 'random', 'pages', '1').map((s) => part('sort', s, true)),
    fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((s) => /[\p{L}\p{N}]/u.test(s))
      .map((s) => part('author', `zz-nobody-${s}`, true)),
    fc.string({ minLength: 1, maxLength: 20 }).map((s) => part('loc', `Atlantis ${s}x`, true)),
    // Broken percent-encoding: a lone %, a bad hex pair, a truncated or invalid UTF-8 sequence.
    fc
      .tuple(
        fc.constantFrom('q', 'loc', 'author', 'comment', 'stance'),
        fc.constantFrom('%', '%ZZ', '%E0%A4%A', '%C3', '%ED%A0%80', '%FF%FE', 'a%2', '%%41'),
      )
      .map(([n, v]) => ({ raw: `${n}=${v}`, ignored: true, name: n })),
    // Huge values, far past what anyone types.
    fc
      .tuple(fc.constantFrom('q', 'loc', 'author', 'thread'), fc.integer({ min: 501, max: 20_000 }))
      .map(([n, len]) => part(n, 'ab'.repeat(len).slice(0, len), true)),
    // Control characters in free text.
    fc
      .tuple(fc.constantFrom('q', 'author', 'loc'), fc.integer({ min: 0, max: 31 }))
      .map(([n, code]) => part(n, `x${String.fromCharCode(code)}y`, true)),
  );
  // Random free text in the search: any Unicode, accepted as typed.
  const randomQ = fc
    .string({ unit: 'grapheme', maxLength: 60 })
    // eslint-disable-next-line no-control-regex
    .filter((s) => !/[\u0000-\u001f\u007f-\u009f]/u.test(s))
    .map((s) => part('q', s, false));

  return fc
    .tuple(coherent, fc.array(bad, { maxLength: 3 }), fc.option(randomQ, { nil: null }))
    .chain(([good, junk, q]) => {
      // A second q (or any repeat) is itself ignored with a notice; keep the first of each name.
      const parts: Part[] = [];
      const names = new Set<string>();
      for (const p of [...junk, ...(q === null ? [] : [q]), ...good]) {
        if (names.has(p.name)) continue;
        names.add(p.name);
        parts.push(p);
      }
      return fc.shuffledSubarray(parts, { minLength: parts.length });
    });
}

interface Shown {
  status: string;
  notices: number;
  texts: string[];
  search: boolean;
}

/**
 * Runs in the page (one round trip per link): optionally moves to `target` the way back/forward and
 * in-app links do (pushState + popstate), then reads the page once it states a count.
 */
async function navigateAndRead({
  target,
  settleMs,
}: {
  target: string | null;
  settleMs: number;
}): Promise<Shown> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  if (target !== null) {
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }
  const deadline = performance.now() + 8000;
  let status = '';
  do {
    await frame();
    status = document.querySelector('[role="status"]')?.textContent ?? '';
  } while (!/^\d+ of \d+ comments$/.test(status) && performance.now() < deadline);
  await frame();
  // After a page load the seeds arrive one by one: wait until the count and notices stop changing.
  const snapshot = () => document.querySelector('main')?.textContent?.slice(0, 4000) ?? '';
  let last = snapshot();
  let since = performance.now();
  while (performance.now() - since < settleMs && performance.now() < deadline) {
    await frame();
    const now = snapshot();
    if (now !== last) {
      last = now;
      since = performance.now();
    }
  }
  status = document.querySelector('[role="status"]')?.textContent ?? '';
  return {
    status,
    notices: document.querySelectorAll('section[aria-label="Link notices"] li').length,
    texts: [...document.querySelectorAll('section[aria-label="Link notices"] li')].map(
      (li) => li.textContent ?? '',
    ),
    search: document.querySelector('input[type="search"]') !== null,
  };
}

async function visit(page: Page, url: string, real: boolean): Promise<Shown> {
  if (!real) return page.evaluate(navigateAndRead, { target: url, settleMs: 0 });
  await page.goto(url);
  const first = await page.evaluate(navigateAndRead, { target: null, settleMs: 0 });
  const settled = await page.evaluate(navigateAndRead, { target: null, settleMs: 400 });
  if (first.notices > settled.notices) early.push(`${url}: ${first.texts.join(' | ')}`);
  return settled;
}

/** Real navigations whose first count came with notices (wrongly judged on half-loaded seeds) that later went. */
const early: string[] = [];

describe('fuzzed links', () => {
  it(`should survive ${RUNS} generated links with a count and a notice for whatever was ignored`, async () => {
    console.log(`[url-fuzz] seed ${SEED} (rerun with FUZZ_SEED=${SEED}), ${RUNS} links`);
    const links = fc.sample(arbitraries(seedDocs()), { seed: SEED, numRuns: RUNS });
    const g = await guardedPage(browser);
    await visit(g.page, baseURL(), true);

    const failures: string[] = [];
    let real = 0;
    let withJunk = 0;
    const started = Date.now();
    for (const [i, parts] of links.entries()) {
      const url = `/?${parts.map((p) => p.raw).join('&')}`;
      const isReal = i % REAL_NAVIGATION_EVERY === 0;
      if (isReal) real += 1;
      const errorsBefore = g.errors.length;
      try {
        const shown = await visit(g.page, baseURL() + url, isReal);
        if (!/^\d+ of \d+ comments$/.test(shown.status))
          failures.push(`${url}: status "${shown.status}"`);
        const expectNotice = parts.some((p) => p.ignored);
        if (expectNotice) withJunk += 1;
        if (!shown.search) failures.push(`${url}: the search field is gone`);
        if (expectNotice && shown.notices === 0) failures.push(`${url}: no notice`);
        // LINKS.md: a linked comment that the link's own search or filters hide is said so.
        const hiddenTarget = (t: string) => /linked comment .* is hidden by the search/.test(t);
        const unexpected = shown.texts.filter((t) => !hiddenTarget(t));
        if (!expectNotice && unexpected.length > 0)
          failures.push(`${url}: a notice for a valid link: ${unexpected.join(' | ')}`);
      } catch (e) {
        failures.push(`${url}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
      if (i % 100 === 99) {
        console.log(
          `[url-fuzz] ${i + 1} links, ${Date.now() - started} ms, ${failures.length} failures`,
        );
      }
      if (g.errors.length > errorsBefore) {
        failures.push(`${url}: ${g.errors.slice(errorsBefore).join(' | ')}`);
      }
    }
    console.log(
      `[url-fuzz] ${early.length} real navigations showed notices at the first count that were gone once the seeds had loaded` +
        (early.length > 0 ? `, e.g. ${early[0]}` : ''),
    );
    console.log(
      `[url-fuzz] ${links.length} links (${real} real navigations, ${withJunk} with ignored parts) ` +
        `in ${Math.round((Date.now() - started) / 1000)} s; ${failures.length} failures`,
    );
    expect(failures.slice(0, 20)).toEqual([]);

    // Still usable after all that: a plain search narrows the view.
    const before = await visit(g.page, `${baseURL()}/`, true);
    await g.page.getByLabel('Search comments').fill('putin');
    await g.page
      .getByRole('status')
      .first()
      .filter({ hasNotText: before.status })
      .waitFor({ timeout: 20_000 });
    expect(g.dialogs).toEqual([]);
    expect(g.strayRequests).toEqual([]);
    await g.context.close();
  }, 900_000);
});
