// Spawns the real CLI (scripts/parse.mjs: src/cli/parse.ts compiled) as `npm run --silent parse -- FILE` does.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'scripts', 'parse.mjs');
const TMP = mkdtempSync(join(tmpdir(), 'parse-cli-'));
const EXPECTED = 'expected a comment dump in the nyt or indented layout';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Async so the cases run side by side: each spawn compiles the CLI first (a fraction of a second). */
function spawnRun(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const run = (...args: string[]) => spawnRun(process.execPath, [CLI, ...args]);

const INDENTED = readFileSync(join(ROOT, 'seeds', '002_2cf2c4a3a6e85ec2.txt'));

/** The indented seed with one byte 0xFF inside the first commenter's name. */
function withBadByteInName(): Uint8Array {
  const at = INDENTED.indexOf('unam_sanctum') + 4;
  return Buffer.concat([INDENTED.subarray(0, at), Buffer.from([0xff]), INDENTED.subarray(at)]);
}

/** A flat dump of `n` short comments: enough output that a pipe fills before the CLI is done. */
function manyComments(n: number): string {
  const lines = ['Talks resume', '', `May 2, 2017 · ${n} comments`];
  for (let i = 0; i < n; i += 1) {
    lines.push(`Reader ${i} (Vt.)`, `Comment number ${i} says the talks should go on for a while.`);
  }
  return `${lines.join('\n')}\n`;
}

function tmpFile(name: string, content: string | Uint8Array): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

function expectOneErrorLine(r: Run, mentions: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(mentions);
  expect(lines[0]).toContain(EXPECTED);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe.concurrent('parse CLI', () => {
  it('should print the nyt seed as THREAD_JSON with 135 comments via npm run', async () => {
    const r = await spawnRun('npm', [
      'run',
      '--silent',
      'parse',
      '--',
      'seeds/000_ee58b0036ea7db85.txt',
    ]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      format: string;
      comments: { author: string }[];
      article: object;
    };
    expect(doc.format).toBe('nyt');
    expect(doc.comments).toHaveLength(135);
    expect(doc.comments[0]?.author).toBe('Mary');
    expect(doc.article).toMatchObject({ date: '2017-05-02', declaredCommentCount: 135 });
    // Compact by default: one line of JSON and its newline.
    expect(r.stdout.startsWith('{"format":"nyt",')).toBe(true);
    expect(r.stdout.indexOf('\n')).toBe(r.stdout.length - 1);
  }, 120_000);

  it('should print with --pretty the same JSON indented by two spaces, as JSON.stringify does', async () => {
    const [compact, pretty] = await Promise.all([
      run('seeds/000_ee58b0036ea7db85.txt'),
      run('--pretty', 'seeds/000_ee58b0036ea7db85.txt'),
    ]);
    expect(pretty.status).toBe(0);
    expect(pretty.stderr).toBe('');
    const doc: unknown = JSON.parse(compact.stdout);
    expect(JSON.parse(pretty.stdout)).toEqual(doc);
    expect(pretty.stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(compact.stdout).toBe(`${JSON.stringify(doc)}\n`);
  }, 120_000);

  it('should end quietly when the reader closes the pipe early, as under | head', async () => {
    const dump = tmpFile('many.txt', manyComments(4_000));
    const child = spawn(process.execPath, [CLI, dump], { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const first = await new Promise<string>((resolve) => {
      child.stdout.once('data', (d: Buffer) => {
        child.stdout.destroy();
        resolve(d.toString('utf8', 0, 12));
      });
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toBe('{"format":"n');
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, 120_000);

  it('should print the indented seed with 24 comments nested by indentation', async () => {
    const r = await run('seeds/002_2cf2c4a3a6e85ec2.txt');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { format: string; comments: { depth: number }[] };
    expect(doc.format).toBe('indented');
    expect(doc.comments).toHaveLength(24);
    expect(doc.comments.slice(0, 3).map((c) => c.depth)).toEqual([0, 1, 2]);
  }, 120_000);

  it('should exit 2 with one error line for a missing file', async () => {
    expectOneErrorLine(await run(join(TMP, 'nope.txt')), /no such file/);
  }, 120_000);

  it('should exit 2 with one error line for an empty file', async () => {
    expectOneErrorLine(await run(tmpFile('empty.txt', '\n  \n')), /empty/);
  }, 120_000);

  it('should exit 2 with one error line for binary data', async () => {
    expectOneErrorLine(
      await run(tmpFile('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]))),
      /binary/,
    );
  }, 120_000);

  it('should exit 2 with one error line for text in neither layout', async () => {
    expectOneErrorLine(
      await run(tmpFile('prose.txt', 'Dear diary,\n\nnothing happened.\n')),
      /unknown layout/,
    );
  }, 120_000);

  it('should exit 2 with one error line for a directory', async () => {
    const dir = join(TMP, 'a-dir');
    mkdirSync(dir, { recursive: true });
    expectOneErrorLine(await run(dir), /is a directory/);
  }, 120_000);

  it('should refuse a FIFO at once instead of waiting for a writer forever', async () => {
    const fifo = join(TMP, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expectOneErrorLine(await run(fifo), /named pipe \(FIFO\), not a file/);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('should refuse /dev/zero as a device instead of reading it without end', async () => {
    expectOneErrorLine(await run('/dev/zero'), /\/dev\/zero: is a character device, not a file/);
  }, 120_000);

  it('should refuse a file over its 500 MB cap (the page stops at 50 MB), without reading it', async () => {
    const path = tmpFile('huge.txt', '');
    truncateSync(path, 600 * 1024 * 1024);
    expectOneErrorLine(await run(path), /is 600 MB; the explorer opens dumps up to 500 MB/);
  }, 120_000);

  it('should exit 2 with one error line for an unknown option', async () => {
    expectOneErrorLine(
      await run('--prety', 'seeds/002_2cf2c4a3a6e85ec2.txt'),
      /unknown option --prety/,
    );
  }, 120_000);

  it('should refuse an invalid UTF-8 byte in a name with its offset, as the page does', async () => {
    const r = await run(tmpFile('bad-byte.txt', withBadByteInName()));
    expectOneErrorLine(r, /is not valid UTF-8: the byte at offset \d+ \(line 22\)/);
    expect(r.stderr).not.toContain('\uFFFD');
  }, 120_000);

  it('should read a UTF-16 file with a BOM as the page does, with the same ids', async () => {
    const utf16 = Buffer.from(`\uFEFF${INDENTED.toString('utf8')}`, 'utf16le');
    const [a, b] = await Promise.all([
      run(tmpFile('utf16.txt', utf16)),
      run('seeds/002_2cf2c4a3a6e85ec2.txt'),
    ]);
    expect(a.stderr).toBe('');
    expect(a.status).toBe(0);
    const ids = (r: Run) => (JSON.parse(r.stdout) as { comments: { id: string }[] }).comments;
    expect(ids(a).map((c) => c.id)).toEqual(ids(b).map((c) => c.id));
    expect(ids(a)).toHaveLength(24);
  }, 120_000);

  it('should show control characters in a file name as escapes, never raw to the terminal', async () => {
    const r = await run(join(TMP, 'evil\u001b[2J\u202Etxt.exe'));
    expectOneErrorLine(r, /evil\\u\{1b\}\[2J\\u\{202e\}txt\.exe: no such file/);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toContain('\u202e');
  }, 120_000);

  it('should exit 2 with one error line when no file is given', async () => {
    expectOneErrorLine(await run(), /exactly one FILE/);
  }, 120_000);
});
