import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { axeViolations, statusCounts, waitForStatus } from './support/h7-dumps.ts';
import { US_SHAPES_PATH } from '../../scripts/build-us-shapes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function showStats(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Stats' }).click();
  await page.getByRole('heading', { name: /^Stats: / }).waitFor({ timeout: 30_000 });
}

/** "California: 12 comments: 3 support, …" or "oppose 12 comments: …" → 12 */
function countIn(label: string | null): number {
  const m = /(\d+) comments?/.exec(label ?? '');
  if (m === null) throw new Error(`no count in ${label}`);
  return Number(m[1]);
}

describe('the Stats view', () => {
  it('should load the map only when Stats opens, and a click on a state should filter the comments', async () => {
    const { page, errors } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    // Both seeds, not the first one to arrive: the count must not be read mid-load.
    await waitForStatus(page, '159 of 159 comments');
    const { inScope } = await statusCounts(page);
    expect(scripts.filter((s) => /UsMap|StatsView/.test(s))).toEqual([]);

    await showStats(page);
    const map = page.getByRole('group', { name: /^Map of the United States/ });
    await map.waitFor({ timeout: 30_000 });
    expect(scripts.some((s) => /UsMap/.test(s))).toBe(true);
    const state = map.locator('a[data-state]').first();
    const name = await state.getAttribute('data-state');
    const count = countIn(await state.getAttribute('aria-label'));
    expect(count).toBeGreaterThan(0);
    // The same figure is in the text list under the map (all of it, once "Show all" is pressed).
    const list = page.getByRole('region', { name: 'US states' });
    await list.getByRole('button', { name: /^Show all \d+ in US states$/ }).click();
    await expect(
      list.getByRole('link', { name: new RegExp(`^${name} ${count} comment`) }).count(),
    ).resolves.toBe(1);

    await state.locator('path').click();
    await waitForStatus(page, `${count} of ${inScope} comments`);
    expect(new URL(page.url()).searchParams.get('loc')).toBe(name);
    expect(await page.locator('article[id^="c-"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should set the stance filter from a bar of the stance mix, within the article in view', async () => {
    const { page, errors } = await openPage(
      browser,
      '/?article=trump-and-putin-agree-to-seek-syria-cease-fire',
    );
    const { inScope } = await statusCounts(page);
    await showStats(page);
    await expect(page.getByRole('heading', { name: /^Stats: / }).textContent()).resolves.toBe(
      'Stats: Trump and Putin Agree to Seek Syria Cease-Fire',
    );
    const bar = page
      .getByRole('region', { name: 'Stance mix' })
      .getByRole('link', { name: /^oppose \d/ });
    const count = countIn(await bar.getAttribute('aria-label'));
    await bar.click();
    await waitForStatus(page, `${count} of ${inScope} comments`);
    const params = new URL(page.url()).searchParams;
    expect(params.get('stance')).toBe('oppose');
    expect(params.get('article')).toBe('trump-and-putin-agree-to-seek-syria-cease-fire');

    // Back shows the stats' starting point again: the unfiltered article.
    await page.goBack();
    await waitForStatus(page, `${inScope} of ${inScope} comments`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should write counts on the map, leave no blank area under it, and show no empty or misworded rows', async () => {
    const { page, errors } = await openPage(
      browser,
      '/?article=trump-and-putin-agree-to-seek-syria-cease-fire',
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await statusCounts(page);
    await showStats(page);
    const map = page.getByRole('group', { name: /^Map of the United States/ });
    await map.waitFor({ timeout: 30_000 });
    // New York's count is written on the state, and the list says the same.
    await expect(map.locator('a[data-state="New York"] text').textContent()).resolves.toMatch(
      /^\d+$/,
    );
    const figure = await page.locator('figure').boundingBox();
    const list = await page.getByRole('region', { name: 'US states' }).boundingBox();
    expect((list?.y ?? 0) - ((figure?.y ?? 0) + (figure?.height ?? 0))).toBeLessThan(80);
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).not.toMatch(/\b1 comments\b/);
    const sizes = page.getByRole('region', { name: /Threads by size/ }).getByRole('link');
    for (const label of await sizes.evaluateAll((els) =>
      els.map((e) => e.getAttribute('aria-label')),
    ))
      expect(label).toMatch(/ [1-9]\d* threads?$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should pass axe in the Stats view, light and dark, with the map drawn', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, errors } = await openPage(browser);
      await page.emulateMedia({ colorScheme: scheme });
      await statusCounts(page);
      await showStats(page);
      await page
        .getByRole('group', { name: /^Map of the United States/ })
        .waitFor({ timeout: 30_000 });
      expect(await axeViolations(page), scheme).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('should keep the map, its data and the stats code out of the first-view bundle', async () => {
    const dist = inject('distDir');
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(initial.length).toBeGreaterThan(0);
    // Strings only the map brings: the start of two states' outlines. They are in the lazy map
    // chunk (so the check can fail) and in no file the page loads first.
    const mapChunk = (await readdir(join(dist, 'assets'))).find((f) => /^UsMap-.*\.js$/.test(f));
    expect(mapChunk).toBeDefined();
    const map = await readFile(join(dist, 'assets', mapChunk ?? ''), 'utf8');
    const shapes = JSON.parse(await readFile(US_SHAPES_PATH, 'utf8')) as { d: string }[];
    const markers = [shapes[0]?.d.slice(0, 30) ?? '', shapes.at(-1)?.d.slice(0, 30) ?? ''];
    for (const m of markers) expect(map.includes(m), m).toBe(true);
    for (const file of initial) {
      const js = await readFile(join(dist, file), 'utf8');
      for (const m of [...markers, 'Most replied-to comments'])
        expect(js.includes(m), `${m} in ${file}`).toBe(false);
    }
  });
});
