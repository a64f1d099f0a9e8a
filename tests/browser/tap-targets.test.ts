// Issue 11 on a phone and a desktop: every visible control at least 24 × 24 CSS px (or spaced as
// WCAG 2.5.8's exception allows) with the page as it opens and with each menu, popover, sheet and
// fold in turn; and at 360 px nothing wider than the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './support/browser.ts';
import { openTools, waitForCount } from './explorer-support.ts';
import { chooseFile } from './support/h7-dumps.ts';
import { overflowing, undersizedTargets } from './support/tap-targets.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function open(width: number, path = '/?q=Putin'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(baseURL() + path);
  await waitForCount(page);
  await page.getByText(/^\d+ hits?$/).waitFor();
  return page;
}

/** The states the reader can put the page in, each opened from the last closed one. */
const STATES: ReadonlyArray<{ name: string; phone?: boolean; enter(page: Page): Promise<void> }> = [
  { name: 'as it opens, with a search', enter: async () => {} },
  {
    name: 'with the Tools menu open',
    enter: async (page) => {
      await openTools(page);
      await page.getByRole('button', { name: 'Open file…' }).waitFor();
    },
  },
  {
    name: 'with the stance popover open',
    enter: async (page) => {
      await page
        .getByRole('button', { name: /stance details/u })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'with the Filters sheet open',
    phone: true,
    enter: async (page) => {
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.getByRole('dialog', { name: 'Articles and filters' }).waitFor();
    },
  },
  {
    name: 'with the first comment folded',
    enter: async (page) => {
      await page.locator('article[id^="c-"] button[aria-expanded="true"]').first().click();
      await page.locator('article[id^="c-"] button[aria-expanded="false"]').first().waitFor();
    },
  },
  {
    // Last: the dump opened becomes the view. It says 3 comments and holds 2, so the result
    // carries its warnings (a fold of their own) beside Dismiss.
    name: 'with a dump just opened, its warnings shown',
    enter: async (page) => {
      const text =
        'Ferry talks\n\nOct 05, 2024 · 3 comments\nAna (Haifa)\nTwo hours, not nine.\n' +
        'Sam (Akko)\nAna, the old line took nine.\n';
      await chooseFile(page, { name: 'ferry.txt', text });
      await page.getByText('1 warning while reading').waitFor();
    },
  },
];

async function leave(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForTimeout(100);
}

describe('tap targets and width (WCAG 2.2 target size)', () => {
  for (const width of [390, 1280]) {
    it(`should make every visible control at least 24 × 24 px at ${width} px, in every state`, async () => {
      const page = await open(width);
      const found: string[] = [];
      const spaced = new Set<string>();
      for (const state of STATES) {
        if (state.phone === true && width > 600) continue;
        await state.enter(page);
        const { crowded, spaced: ok } = await undersizedTargets(page);
        for (const t of crowded) found.push(`${state.name}: ${t}`);
        for (const t of ok) spaced.add(t);
        await leave(page);
      }
      // Smaller but far enough from any other control: WCAG 2.5.8 excuses it, the project does not
      // (every control 24 × 24); a 20 px tall fold of warnings passed that way unnoticed.
      console.log(`${width} px, excused by spacing: ${[...spaced].join('; ') || 'none'}`);
      expect(found).toEqual([]);
      expect([...spaced]).toEqual([]);
      await page.context().close();
    });
  }

  it('should keep everything inside a 360 px screen, in every state', async () => {
    const page = await open(360);
    for (const state of STATES) {
      await state.enter(page);
      const { scrollWidth, wide } = await overflowing(page);
      expect(wide, state.name).toEqual([]);
      expect(scrollWidth, state.name).toBeLessThanOrEqual(360);
      await leave(page);
    }
    await page.context().close();
  });
});
