import type { Browser } from 'playwright-core';
import { timedOpen } from './browser-bench.ts';
import { median, round } from './stats.ts';

export interface FlatOpen {
  readonly comments: number;
  readonly megabytes: number;
  /** Per run: the flat dump chosen → "Opened". */
  readonly openMs: readonly number[];
  readonly openMedianMs: number;
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
  for (let r = 0; r < runs; r += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.locator('article[id^="c-"]').first().waitFor({ timeout: 120_000 });
    openMs.push(await timedOpen(page, path));
    await context.close();
  }
  return {
    ...dump,
    openMs: openMs.map((v) => round(v, 0)),
    openMedianMs: round(median(openMs), 0),
  };
}
