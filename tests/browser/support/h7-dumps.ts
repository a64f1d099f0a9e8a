// Helpers for the open-file / export / stats / bad-file browser tests: generated dumps, and the
// page's status line ("N of M comments", LINKS.md) read as numbers.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { generateDump, type GenLayout } from '../../../scripts/gen-dump/generate-dump.ts';
import { parseThread } from '../../../src/core/parse-thread.ts';
import { articleSlug } from '../../../src/core/article/article-slug.ts';
import { openTools } from '../explorer-support.ts';

export { openTools };

export interface TestDump {
  readonly name: string;
  readonly text: string;
  /** What the app's parser makes of it, computed here in Node with the same core. */
  readonly title: string;
  readonly slug: string;
  readonly comments: number;
}

export function makeDump(comments: number, layout: GenLayout, seed: number): TestDump {
  const { text } = generateDump({ comments, layout, seed });
  const parsed = parseThread(text);
  if (!parsed.ok) throw new Error(`generated dump does not parse: ${parsed.error.message}`);
  const title = parsed.value.article.title;
  return {
    name: `gen-${layout}-${comments}.txt`,
    text,
    title,
    slug: articleSlug(title),
    comments: parsed.value.comments.length,
  };
}

/** The first role="status" element as numbers, once it says "N of M comments". */
export async function statusCounts(page: Page): Promise<{ inView: number; inScope: number }> {
  const status = page.getByRole('status').first();
  await status.filter({ hasText: /^\d+ of \d+ comments$/ }).waitFor({ timeout: 60_000 });
  const m = /^(\d+) of (\d+) comments$/.exec((await status.textContent()) ?? '');
  if (m === null) throw new Error('no status line');
  return { inView: Number(m[1]), inScope: Number(m[2]) };
}

/** Waits until the status line reads exactly `text`. */
export async function waitForStatus(page: Page, text: string): Promise<void> {
  await page
    .getByRole('status')
    .first()
    .filter({ hasText: new RegExp(`^${text}$`) })
    .waitFor({ timeout: 60_000 });
}

/** The file chooser of the toolbar (hidden input behind the "Open file…" button). */
export async function chooseFile(
  page: Page,
  file: { name: string; text?: string; buffer?: Buffer } | string,
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await openTools(page);
  await page.getByRole('button', { name: 'Open file…' }).click();
  const fc = await chooser;
  if (typeof file === 'string') await fc.setFiles(file);
  else
    await fc.setFiles({
      name: file.name,
      mimeType: 'text/plain',
      buffer: file.buffer ?? Buffer.from(file.text ?? '', 'utf8'),
    });
}

/** Drops a file on the page the way a browser does: dragenter, dragover, drop with a DataTransfer. */
export async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dt = await page.evaluateHandle(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i += 1) arr[i] = bin.charCodeAt(i);
      const data = new DataTransfer();
      data.items.add(new File([arr], name, { type: 'text/plain' }));
      return data;
    },
    { name, b64: bytes.toString('base64') },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
  await page.getByText('Drop a comment dump to open it').waitFor();
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
}

/**
 * axe-core's violations on the page. The source is evaluated through the DevTools protocol, which
 * the app's Content-Security-Policy (script-src 'self') rightly does not let a script tag do.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
    }
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  });
}
