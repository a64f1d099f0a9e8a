import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseThread } from '../../src/core/parse-thread.ts';
import type { ThreadComment } from '../../src/core/types.ts';
import { readCsv } from '../core/support/read-csv.ts';
import { baseURL, launchBrowser, openPage } from './support/browser.ts';
import {
  chooseFile,
  makeDump,
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

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await openTools(page);
  await page.getByRole('button', { name: button }).click();
  const d = await pending;
  const path = await d.path();
  return { name: d.suggestedFilename(), text: await readFile(path, 'utf8') };
}

// What the CLI prints for the same text (THREAD_JSON.md): the export must carry the same fields.
const CONTRACT_KEYS = ['id', 'parentId', 'depth', 'author', 'location', 'body', 'stance', 'reply'];

describe('exporting what you see', () => {
  it('should export a filtered view of an opened dump as THREAD_JSON and as CSV, and both read back', async () => {
    const dump = makeDump(300, 'flat', 81);
    const cli = parseThread(dump.text);
    if (!cli.ok) throw new Error(cli.error.message);
    const { page, errors } = await openPage(browser);
    await statusCounts(page);
    await chooseFile(page, { name: dump.name, text: dump.text });
    await page.getByText(/^Opened “/).waitFor({ timeout: 60_000 });

    // The commonest label in the dump, so the filtered view is neither empty nor everything.
    const label = (['support', 'oppose', 'neutral'] as const)
      .map((l) => [l, cli.value.comments.filter((c) => c.stance.label === l).length] as const)
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    await page.goto(`${baseURL()}/?article=${dump.slug}&stance=${label}`);
    const { inView, inScope } = await statusCounts(page);
    expect(inScope).toBe(dump.comments);
    expect(inView).toBe(cli.value.comments.filter((c) => c.stance.label === label).length);

    const json = await download(page, 'Export JSON');
    expect(json.name).toMatch(
      new RegExp(`^thread-explorer-${dump.slug}-filtered-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const doc = JSON.parse(json.text);
    expect(doc.format).toBe(cli.value.format);
    expect(doc.article).toEqual(cli.value.article);
    expect(doc.warnings).toEqual(cli.value.warnings);
    expect(doc.comments).toHaveLength(inView);
    const byId = new Map<string, ThreadComment>(cli.value.comments.map((c) => [c.id, c]));
    for (const c of doc.comments) {
      const same = byId.get(c.id);
      expect(same).toBeDefined();
      for (const key of CONTRACT_KEYS.filter((k) => k !== 'stance'))
        expect(c[key]).toEqual(same?.[key as keyof ThreadComment]);
      expect(c.stance).toEqual({ ...same?.stance, source: 'machine' });
      expect(c.stance.label).toBe(label);
    }

    const csv = await download(page, 'Export CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.text.slice(1));
    expect(rows[0]).toEqual([
      'article',
      'id',
      'parent id',
      'depth',
      'author',
      'raw location',
      'city',
      'region',
      'country',
      'stance',
      'stance source',
      'body',
    ]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(doc.comments.map((c: { id: string }) => c.id));
    const first = doc.comments[0];
    const row = rows[1] ?? [];
    expect(row[4]).toBe(first.author ?? '');
    expect(row[11]).toBe(/^[=+\-@\t\r]/.test(first.body) ? `'${first.body}` : first.body);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should carry the reader’s stance override into both exports, marked as theirs', async () => {
    const { page, errors } = await openPage(
      browser,
      '/?article=trump-putin-agree-to-normalize-us-russia-ties',
    );
    await statusCounts(page);
    const first = page.locator('article[id^="c-"]').first();
    const id = ((await first.getAttribute('id')) ?? '').slice(2);
    const machine = await first.locator('[data-stance]').first().getAttribute('data-stance');
    const mine = machine === 'support' ? 'oppose' : 'support';
    await first.getByRole('button', { name: /stance details/u }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: mine === 'oppose' ? 'Opposes' : 'Supports', exact: true })
      .click();

    const json = JSON.parse((await download(page, 'Export JSON')).text);
    const exported = json.comments.find((c: { id: string }) => c.id === id);
    expect(exported.stance).toMatchObject({ label: mine, source: 'reader', machineLabel: machine });
    expect(
      json.comments.filter((c: { stance: { source: string } }) => c.stance.source === 'reader'),
    ).toHaveLength(1);

    const rows = readCsv((await download(page, 'Export CSV')).text.slice(1));
    expect(rows.find((r) => r[1] === id)?.slice(9, 11)).toEqual([mine, 'reader']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should export every article as an array when no article is chosen, one object per article', async () => {
    const { page, errors } = await openPage(browser);
    const { inScope } = await statusCounts(page);
    const json = await download(page, 'Export JSON');
    const docs = JSON.parse(json.text);
    expect(Array.isArray(docs)).toBe(true);
    expect(docs.map((d: { format: string }) => d.format).sort()).toEqual(['indented', 'nyt']);
    expect(docs.reduce((n: number, d: { comments: unknown[] }) => n + d.comments.length, 0)).toBe(
      inScope,
    );
    expect(json.name).toMatch(/^thread-explorer-all-\d{4}/);
    await waitForStatus(page, `${inScope} of ${inScope} comments`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
