import type { Browser } from 'playwright-core';
import { timedOpen, timedReplies, timedStances } from './browser-bench.ts';
import { median, round } from './stats.ts';

export interface FlatOpen {
  readonly comments: number;
  readonly megabytes: number;
  /** Per run: the flat dump chosen → "Opened". */
  readonly openMs: readonly number[];
  readonly openMedianMs: number;
  /** Per run: the flat dump chosen → its threads shown (its parents guessed after "Opened"). */
  readonly repliesMs: readonly number[];
  readonly repliesMedianMs: number;
  /** Per run: the flat dump chosen → its stances read. */
  readonly stancesMs: readonly number[];
  readonly stancesMedianMs: number;
}

/**
 * The open of a flat dump (the layout of the issue's own 50k reference dump and of the NYT seed),
 * where parents are guessed: reply inference runs on top of all the indented open does. A fresh
 * context a run, after the seeds' first thread, so nothing of the other runs is warm or cached.
 */
export async function benchFlatOpen(
  browser: Browser,
  base: string,
  path: string,
  dump: { readonly comments: number; readonly megabytes: number },
  runs: number,
): Promise<FlatOpen> {
  const openMs: number[] = [];
  const repliesMs: number[] = [];
  const stancesMs: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.locator('article[id^="c-"]').first().waitFor({ timeout: 120_000 });
    const opened = await timedOpen(page, path);
    openMs.push(opened);
    repliesMs.push(await timedReplies(page, opened));
    stancesMs.push(await timedStances(page, opened));
    await context.close();
  }
  return {
    ...dump,
    openMs: openMs.map((v) => round(v, 0)),
    openMedianMs: round(median(openMs), 0),
    repliesMs: repliesMs.map((v) => round(v, 0)),
    repliesMedianMs: round(median(repliesMs), 0),
    stancesMs: stancesMs.map((v) => round(v, 0)),
    stancesMedianMs: round(median(stancesMs), 0),
  };
}
