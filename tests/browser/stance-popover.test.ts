// The stance badge's popover in the built app, on a 360 px phone and a 1280 px desktop: on
// screen, big enough to tap, closed by Escape; relabel and undo (also when a filter hides the
// comment); the "Your labels" list and Reset all; stance hidden for an off-topic dump; axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './support/browser.ts';
import {
  axeViolations,
  chooseFile,
  openTools,
  statusCounts,
  waitForStatus,
} from './support/h7-dumps.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const SYRIA = 'trump-and-putin-agree-to-seek-syria-cease-fire';

async function open(
  width: number,
  path = `/?article=${SYRIA}`,
  scheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width, height: 740 },
    colorScheme: scheme,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseURL() + path);
  // The seeds arrive one by one: wait for the article in the link, not the first count shown.
  const scope = path.includes(SYRIA) ? 135 : 159;
  await page
    .getByRole('status')
    .first()
    .filter({ hasText: new RegExp(`^\\d+ of ${scope} comments$`) })
    .waitFor({ timeout: 60_000 });
  return { page, errors };
}

function badgeOf(comment: Locator): Locator {
  return comment.getByRole('button', { name: /stance details/u });
}

/** Every box inside the viewport, and every control in it at least 24 × 24 (WCAG 2.5.8). */
async function checkOnScreen(page: Page, dialog: Locator): Promise<void> {
  const box = await dialog.boundingBox();
  const vp = page.viewportSize();
  expect(box).not.toBeNull();
  if (box === null || vp === null) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
  for (const control of await dialog.getByRole('button').all()) {
    const b = await control.boundingBox();
    const name = (await control.textContent()) ?? '';
    expect(b?.width ?? 0, name).toBeGreaterThanOrEqual(24);
    expect(b?.height ?? 0, name).toBeGreaterThanOrEqual(24);
  }
}

describe('the stance popover', () => {
  for (const width of [360, 1280]) {
    it(`should open on screen at ${width} px, with controls ≥ 24 px, and close on Escape`, async () => {
      const { page, errors } = await open(width);
      const comment = page.locator('article[id^="c-"]').nth(1);
      const badge = badgeOf(comment);
      await expect(badge.getAttribute('aria-haspopup')).resolves.toBe('dialog');
      const size = await badge.boundingBox();
      expect(size?.height ?? 0).toBeGreaterThanOrEqual(24);
      await badge.click();
      await expect(badge.getAttribute('aria-expanded')).resolves.toBe('true');
      const dialog = page.getByRole('dialog', { name: /Stance on the/u });
      await dialog.waitFor();
      await checkOnScreen(page, dialog);
      expect(await dialog.textContent()).toMatch(/Machine’s reading: (Supports|Opposes|Neutral)/u);

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect(badge.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      // A page as wide as the screen: nothing runs off to the side.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('should close when the reader clicks elsewhere', async () => {
    const { page } = await open(1280);
    await badgeOf(page.locator('article[id^="c-"]').first()).click();
    const dialog = page.getByRole('dialog', { name: /Stance on the/u });
    await dialog.waitFor();
    await page.getByRole('heading', { level: 2 }).first().click();
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('should relabel under a stance filter, keep the Undo after the comment leaves, and undo', async () => {
    const { page, errors } = await open(360, `/?article=${SYRIA}&stance=oppose`);
    const { inView, inScope } = await statusCounts(page);
    const comment = page.locator('article[id^="c-"]').first();
    const id = await comment.getAttribute('id');
    await badgeOf(comment).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Supports', exact: true }).click();
    // The comment no longer matches "oppose" and leaves the view; the notice stays with Undo.
    await waitForStatus(page, `${inView - 1} of ${inScope} comments`);
    await page.locator(`article[id="${id}"]`).waitFor({ state: 'detached' });
    const notice = page.getByTestId('stance-undo');
    await expect(notice.textContent()).resolves.toMatch(/comment: Supports \(was Opposes/u);
    const undo = notice.getByRole('button', { name: 'Undo' });
    await expect(undo.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await undo.click();
    await waitForStatus(page, `${inView} of ${inScope} comments`);
    await page.locator(`article[id="${id}"]`).waitFor();
    await expect(
      page.evaluate(() => localStorage.getItem('thread-explorer:stance-overrides')),
    ).resolves.toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should list the reader’s labels, link to each, and reset them all', async () => {
    const { page, errors } = await open(360);
    const comments = page.locator('article[id^="c-"]');
    for (const n of [0, 1]) {
      const badge = badgeOf(comments.nth(n));
      const now =
        (await comments.nth(n).locator('[data-stance]').getAttribute('data-stance')) ?? '';
      await badge.click();
      const pick = now === 'neutral' ? 'Supports' : 'Neutral';
      await page.getByRole('dialog').getByRole('button', { name: pick, exact: true }).click();
    }
    const firstId = (await comments.first().getAttribute('id'))?.slice(2) ?? '';
    await openTools(page);
    await page.getByRole('button', { name: 'Your labels (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your labels' });
    await dialog.waitFor();
    await expect(dialog.getByRole('listitem').count()).resolves.toBe(2);
    await checkOnScreen(page, dialog);
    await expect(dialog.getByRole('link').first().getAttribute('href')).resolves.toBe(
      `?comment=${firstId}&article=${SYRIA}`,
    );
    await dialog.getByRole('button', { name: 'Reset all' }).click();
    await dialog.getByRole('button', { name: 'Yes, remove all' }).click();
    await dialog.getByText(/You have not relabelled any comment/u).waitFor();
    await expect(
      page.evaluate(() => localStorage.getItem('thread-explorer:stance-overrides')),
    ).resolves.toBeNull();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Your labels (0)' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`should pass axe with the popover open and with Your labels open (${scheme})`, async () => {
      const { page } = await open(360, `/?article=${SYRIA}`, scheme);
      await badgeOf(page.locator('article[id^="c-"]').first()).click();
      await page.getByRole('dialog').waitFor();
      expect(await axeViolations(page), `${scheme} popover`).toEqual([]);
      await page.keyboard.press('Escape');
      await openTools(page);
      await page.getByRole('button', { name: /^Your labels/u }).click();
      await page.getByRole('dialog', { name: 'Your labels' }).waitFor();
      expect(await axeViolations(page), `${scheme} your labels`).toEqual([]);
      await page.context().close();
    });
  }
});

describe('stance for a discussion about something else', () => {
  it('should hide stance with a notice, show it on request, and draw no empty map', async () => {
    const { page, errors } = await open(1280, '/');
    const text = [
      'Bike Lanes On Main Street',
      '',
      'June 12, 2019 · 3 comments',
      'Dana ()',
      'Finally protected lanes on Main Street.',
      'Gary ()',
      'We lose forty parking spaces.',
      'Priya ()',
      'Will the lanes be plowed in winter?',
      '',
    ].join('\n');
    await chooseFile(page, { name: 'bikes.txt', text });
    await page.getByText('Opened “Bike Lanes On Main Street” from bikes.txt').waitFor();
    await page.goto(`${baseURL()}/?article=bike-lanes-on-main-street`);
    await waitForStatus(page, '3 of 3 comments');
    await page
      .getByText('Stance is hidden: this discussion barely mentions Trump, Putin or Russia.')
      .waitFor();
    await expect(page.locator('article[id^="c-"] [data-stance]').count()).resolves.toBe(0);
    // No badge shows a stance, so the filter offers no counts of them ("Neutral 3").
    const filter = page.getByRole('group', { name: 'Stance', exact: true });
    await filter.getByText('Hidden for this discussion.').waitFor();
    await expect(filter.getByRole('checkbox').count()).resolves.toBe(0);

    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Stats' }).click();
    await page.getByText(/No commenter here gave a US state/u).waitFor({ timeout: 30_000 });
    await page
      .getByRole('region', { name: 'Stance mix' })
      .getByText('Hidden for this discussion.')
      .waitFor();
    await expect(
      page.getByRole('group', { name: /Map of the United States/u }).count(),
    ).resolves.toBe(0);

    // Compared with a seed, its side still states its counts (LINKS.md), said to be hidden.
    const seed = 'trump-and-putin-agree-to-seek-syria-cease-fire';
    await page.goto(`${baseURL()}/?compare=${seed},bike-lanes-on-main-street`);
    const side = page.getByRole('region', { name: 'Bike Lanes On Main Street', exact: true });
    await side
      .getByText(/^Hidden for this discussion\. Labels as read:/u)
      .waitFor({ timeout: 30_000 });
    await expect(side.textContent()).resolves.toMatch(/support \d+, oppose \d+, neutral \d+/u);
    await expect(
      page
        .getByRole('region', { name: 'Trump and Putin Agree to Seek Syria Cease-Fire' })
        .textContent(),
    ).resolves.toMatch(/support \d+.*oppose \d+.*neutral \d+/su);

    await page.goto(`${baseURL()}/?article=bike-lanes-on-main-street`);
    await waitForStatus(page, '3 of 3 comments');
    await page.getByRole('button', { name: 'Show stance' }).click();
    await page.locator('article[id^="c-"] [data-stance]').first().waitFor();
    await expect(page.getByText(/Stance is hidden/u).count()).resolves.toBe(0);
    await expect(filter.getByRole('checkbox').count()).resolves.toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
