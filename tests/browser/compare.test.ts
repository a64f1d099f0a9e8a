import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { articleSlug } from '../../src/core/article/article-slug.ts';
import { parseThread } from '../../src/core/parse-thread.ts';
import type { StanceLabel } from '../../src/core/types.ts';
import { readCsv } from '../core/support/read-csv.ts';
import { launchBrowser, openPage } from './support/browser.ts';
import { axeViolations, statusCounts } from './support/h7-dumps.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Seed {
  readonly title: string;
  readonly slug: string;
  readonly labels: readonly StanceLabel[];
}

/** What the CLI makes of each seed (the same core, run here in Node). */
async function seed(file: string): Promise<Seed> {
  const parsed = parseThread(await readFile(join('seeds', file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const title = parsed.value.article.title;
  return {
    title,
    slug: articleSlug(title),
    labels: parsed.value.comments.map((c) => c.stance.label),
  };
}
const nyt = await seed('000_ee58b0036ea7db85.txt');
const antiwar = await seed('002_2cf2c4a3a6e85ec2.txt');
const COMPARE = `/?compare=${nyt.slug},${antiwar.slug}`;
const count = (s: Seed, label: StanceLabel) => s.labels.filter((l) => l === label).length;

async function openCompare(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'What sets them apart' }).waitFor({ timeout: 60_000 });
}

/** The side's stated figures: "N comments in view" and "support N", "oppose N", "neutral N". */
async function sideFigures(page: Page, title: string) {
  const section = page.getByRole('region', { name: title, exact: true });
  const text = (await section.textContent()) ?? '';
  const num = (re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);
  return {
    comments: num(/(\d+) comments? in view/),
    support: num(/support (\d+)/),
    oppose: num(/oppose (\d+)/),
    neutral: num(/neutral (\d+)/),
  };
}

describe('comparing two discussions', () => {
  it('should show each seed in a section named by its title, with the CLI’s count and stance mix', async () => {
    const { page, errors } = await openPage(browser, COMPARE);
    await statusCounts(page);
    await openCompare(page);
    for (const s of [nyt, antiwar]) {
      expect(await sideFigures(page, s.title)).toEqual({
        comments: s.labels.length,
        support: count(s, 'support'),
        oppose: count(s, 'oppose'),
        neutral: count(s, 'neutral'),
      });
    }
    // Distinctive words link to a search for the word in that discussion.
    const word = page
      .getByRole('table', { name: new RegExp(`^Most distinctive of ${antiwar.title}`) })
      .getByRole('link')
      .first();
    const href = new URL((await word.getAttribute('href')) ?? '', 'http://x');
    expect(href.searchParams.get('article')).toBe(antiwar.slug);
    expect(href.searchParams.get('q')).toBe(await word.textContent());
    await word.click();
    await page
      .getByRole('heading', { name: 'What sets them apart' })
      .waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
    expect(await page.locator('article[id^="c-"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should apply a filter to both sides', async () => {
    const { page, errors } = await openPage(browser, `${COMPARE}&stance=oppose`);
    await openCompare(page);
    expect(await sideFigures(page, nyt.title)).toEqual({
      comments: count(nyt, 'oppose'),
      support: 0,
      oppose: count(nyt, 'oppose'),
      neutral: 0,
    });
    expect((await sideFigures(page, antiwar.title)).comments).toBe(count(antiwar, 'oppose'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should apply a search to both sides: their counts add up to the status line', async () => {
    const { page, errors } = await openPage(browser, `${COMPARE}&q=putin`);
    await openCompare(page);
    const { inView, inScope } = await statusCounts(page);
    expect(inScope).toBe(nyt.labels.length + antiwar.labels.length);
    expect(inView).toBeLessThan(inScope);
    const a = await sideFigures(page, nyt.title);
    const b = await sideFigures(page, antiwar.title);
    expect(a.comments).toBeGreaterThan(0);
    expect(b.comments).toBeGreaterThan(0);
    expect(a.comments + b.comments).toBe(inView);
    expect(a.support + a.oppose + a.neutral).toBe(a.comments);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should ignore a bad compare value with a notice that says what, and still show the comments', async () => {
    const cases: Array<[string, string]> = [
      [nyt.slug, 'it takes two article slugs separated by a comma, not 1'],
      [`${nyt.slug},${antiwar.slug},${nyt.slug}`, 'not 3'],
      [`${nyt.slug},${nyt.slug}`, `“${nyt.slug}” is named twice`],
      [`${nyt.slug},no-such-article`, 'no article “no-such-article” is loaded'],
      [`${nyt.slug},Not%20A%20Slug`, '“Not A Slug” is not an article slug'],
    ];
    for (const [value, says] of cases) {
      const { page, errors } = await openPage(browser, `/?compare=${value}`);
      await statusCounts(page);
      await page
        .getByRole('region', { name: 'Link notices' })
        .getByText(says, { exact: false })
        .waitFor({ timeout: 30_000 });
      expect(await page.locator('article[id^="c-"]').count(), value).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { name: 'What sets them apart' }).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('should open a comparison from “Compare with…” in the article switcher', async () => {
    const { page, errors } = await openPage(browser, `/?article=${nyt.slug}`);
    await statusCounts(page);
    const nav = page.getByRole('navigation', { name: 'Articles' });
    await nav.getByText('Compare with…').click();
    await nav.getByRole('combobox', { name: 'with' }).selectOption(antiwar.slug);
    await nav.getByRole('button', { name: 'Compare side by side' }).click();
    await openCompare(page);
    const params = new URL(page.url()).searchParams;
    expect(params.get('compare')).toBe(`${nyt.slug},${antiwar.slug}`);
    expect(params.get('article')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should open a comparison from “Compare with…” in Stats', async () => {
    const { page, errors } = await openPage(browser, `/?article=${antiwar.slug}`);
    await statusCounts(page);
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Stats' }).click();
    const stats = page.getByRole('region', { name: /^Stats: / });
    await stats.getByText('Compare with…').click();
    await stats.getByRole('button', { name: 'Compare side by side' }).click();
    await openCompare(page);
    expect(new URL(page.url()).searchParams.get('compare')).toBe(`${antiwar.slug},${nyt.slug}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should export the figures and the distinctive words as CSV that read back', async () => {
    const { page, errors } = await openPage(browser, COMPARE);
    await openCompare(page);
    const download = async (button: string) => {
      const pending = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const d = await pending;
      return { name: d.suggestedFilename(), rows: readCsv(await readFile(await d.path(), 'utf8')) };
    };
    const figures = await download('Export figures (CSV)');
    expect(figures.name).toMatch(/^thread-explorer-compare-.*-figures-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(figures.rows[0]?.slice(2, 4)).toEqual([nyt.title, antiwar.title]);
    const row = (item: string) => figures.rows.find((r) => r[1] === item)?.slice(2, 4);
    expect(row('comments in view')).toEqual([
      String(nyt.labels.length),
      String(antiwar.labels.length),
    ]);
    for (const label of ['support', 'oppose', 'neutral'] as const)
      expect(row(`${label} count`)).toEqual([
        String(count(nyt, label)),
        String(count(antiwar, label)),
      ]);
    const words = await download('Export words (CSV)');
    expect(words.rows[0]?.[0]).toBe('\uFEFFword'); // UTF-8 BOM first, for spreadsheets
    expect(words.rows.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should pass axe, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, errors } = await openPage(browser, COMPARE);
      await page.emulateMedia({ colorScheme: scheme });
      await openCompare(page);
      await page
        .getByRole('group', { name: /^Map of the United States/ })
        .first()
        .waitFor();
      expect(await axeViolations(page), scheme).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('should stack the two on a 360 px screen, with a switch between them, and not scroll sideways', async () => {
    const { page, errors } = await openPage(browser, COMPARE);
    await page.setViewportSize({ width: 360, height: 740 });
    await openCompare(page);
    const first = page.getByRole('region', { name: nyt.title, exact: true });
    const second = page.getByRole('region', { name: antiwar.title, exact: true });
    await expect(first.isVisible()).resolves.toBe(true);
    await expect(second.count()).resolves.toBe(0);
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await expect(fits()).resolves.toBe(true);
    await page
      .getByRole('group', { name: 'Discussion to show' })
      .getByRole('button', { name: antiwar.title })
      .click();
    await second.waitFor();
    await expect(first.count()).resolves.toBe(0);
    await expect(fits()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should write screenshots of the two seeds compared for the README', async () => {
    for (const [width, scheme, name] of [
      [1280, 'light', 'compare.png'],
      [390, 'dark', 'compare-phone-dark.png'],
    ] as const) {
      const { page } = await openPage(browser, COMPARE);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await openCompare(page);
      await page
        .getByRole('group', { name: /^Map of the United States/ })
        .first()
        .waitFor();
      await page.screenshot({ path: join('docs', name), fullPage: width === 1280 });
      await page.context().close();
    }
  });

  it('should keep the comparison code out of the first-view bundle', async () => {
    const dist = inject('distDir');
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) {
      const js = await readFile(join(dist, file), 'utf8');
      expect(js.includes('What sets them apart'), file).toBe(false);
    }
  });
});
