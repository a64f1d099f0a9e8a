import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleReport, htmlInitialFiles, initialFiles } from '../../bench/bundle-sizes.ts';

function fakeBuild(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-sizes-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const HTML = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
<link rel="stylesheet" crossorigin href="/assets/index-c.css">
<link rel="icon" href="/favicon.svg">
</head><body></body></html>`;

describe('bundle classification', () => {
  it('should take the entry script, modulepreloads and stylesheets from index.html, not icons', () => {
    expect(htmlInitialFiles(HTML)).toEqual([
      'assets/index-a.js',
      'assets/vendor-b.js',
      'assets/index-c.css',
    ]);
  });

  it('should follow static imports but not dynamic imports or the worker', () => {
    const dir = fakeBuild({
      'index.html': HTML,
      'assets/index-a.js':
        'import{x as y}from"./shared-d.js";import"./side-e.js";const w=new Worker(new URL("/assets/thread-worker-f.js",import.meta.url));import("./lazy-g.js");',
      'assets/vendor-b.js': 'export const v=1;',
      'assets/index-c.css': 'body{}',
      'assets/shared-d.js': 'export*from"./deep-h.js";',
      'assets/side-e.js': '',
      'assets/deep-h.js': '',
      'assets/lazy-g.js': 'export default 1',
      'assets/thread-worker-f.js': 'import("./seed-i.js")',
      'assets/seed-i.js':
        'export default "Soon the sanctions will be lifted in Russia and the authoritarian movement"',
    });
    expect(initialFiles(dir).sort()).toEqual([
      'assets/deep-h.js',
      'assets/index-a.js',
      'assets/index-c.css',
      'assets/shared-d.js',
      'assets/side-e.js',
      'assets/vendor-b.js',
    ]);
    const report = bundleReport(dir, 'seeds');
    const kind = Object.fromEntries(report.chunks.map((c) => [c.file, c.kind]));
    expect(kind['assets/lazy-g.js']).toBe('lazy');
    expect(kind['assets/thread-worker-f.js']).toBe('worker');
    expect(kind['assets/index-a.js']).toBe('initial');
    expect(report.budgetedGzip).toBe(report.initialGzip + report.seedsGzip);
  });
});
