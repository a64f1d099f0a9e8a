import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import {
  chooseFile,
  dropFile,
  statusCounts,
  waitForStatus,
  axeViolations,
} from './support/h7-dumps.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'bad-files-'));
});
afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

const BAD: ReadonlyArray<{ what: string; name: string; bytes: Buffer; says: RegExp }> = [
  {
    what: 'an empty file',
    name: 'empty.txt',
    bytes: Buffer.alloc(0),
    says: /“empty.txt” is empty/,
  },
  {
    what: 'a PNG',
    name: 'photo.png',
    bytes: PNG,
    says: /“photo.png” is a PNG image, not a text comment dump/,
  },
  {
    what: 'invalid UTF-8',
    name: 'latin1.txt',
    // "Café" in Windows-1252 on line 4 of an otherwise valid flat dump.
    bytes: Buffer.concat([
      Buffer.from('Title\n\nMay 02, 2017 · 1 comments\nAnn (Caf', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from(')\nHello\n', 'utf8'),
    ]),
    says: /not valid UTF-8: the byte at offset 42 \(line 4\)/,
  },
  {
    what: 'a layout that is neither format',
    name: 'notes.md',
    bytes: Buffer.from('# Shopping\n\n- eggs\n- milk\n- bread\n', 'utf8'),
    says: /the explorer reads two layouts: "nyt".*"indented"/,
  },
];

describe('bad input', () => {
  it('should refuse each bad file with an alert that says why, and leave the discussions untouched', async () => {
    const { page, errors } = await openPage(browser);
    const before = await statusCounts(page);
    for (const [i, bad] of BAD.entries()) {
      // Half by the chooser, half dropped: both paths must refuse the same way.
      if (i % 2 === 0) await chooseFile(page, { name: bad.name, buffer: bad.bytes });
      else await dropFile(page, bad.name, bad.bytes);
      const alert = page.getByRole('alert').filter({ hasText: `Could not open “${bad.name}”` });
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.textContent(), bad.what).toMatch(bad.says);
      expect(await alert.textContent()).toMatch(/already open are unchanged/);
      await waitForStatus(page, `${before.inScope} of ${before.inScope} comments`);
    }
    expect(await axeViolations(page)).toEqual([]);
    const unknown = page.getByRole('alert').locator('pre');
    await expect(unknown.textContent()).resolves.toBe('# Shopping\n- eggs\n- milk');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should refuse a 200 MB file by its size before reading it', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    // Sparse: 200 MB as far as the browser's File.size is concerned, no disk space used.
    await truncate(path, 200 * 1024 * 1024);
    const { page, errors } = await openPage(browser);
    const before = await statusCounts(page);
    await chooseFile(page, path);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not open “huge.txt”' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(
      /“huge.txt” is 200 MB; the explorer opens dumps up to 50 MB/,
    );
    await waitForStatus(page, `${before.inScope} of ${before.inScope} comments`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('should load a dump with a few malformed parts and list the warnings', async () => {
    const text = [
      'A Thread With Flaws',
      '',
      'Author: Someone',
      '',
      '  • Ann',
      '',
      '    First comment.',
      '',
      '        • Bo',
      '',
      '          Skipped a level.',
      '',
      '  • Cy',
      '',
      '  Text no deeper than its bullet.',
      '',
    ].join('\n');
    const { page, errors } = await openPage(browser);
    await statusCounts(page);
    await chooseFile(page, { name: 'flawed.txt', text });
    await page.getByText(/from flawed.txt: 3 comments\./).waitFor({ timeout: 30_000 });
    const warnings = page.locator('details').filter({ hasText: /warnings? while reading/ });
    expect(await warnings.textContent()).toMatch(
      /line 9: bullet indented more than one level deeper/,
    );
    expect(await warnings.textContent()).toMatch(
      /line 15: text indented no deeper than its bullet/,
    );
    // The opened dump becomes the view (LINKS.md).
    await waitForStatus(page, '3 of 3 comments');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
