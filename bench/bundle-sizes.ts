import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ChunkKind = 'initial' | 'worker' | 'seed' | 'lazy' | 'other';

export interface ChunkSize {
  readonly file: string;
  readonly kind: ChunkKind;
  readonly bytes: number;
  readonly gzip: number;
}

export interface BundleReport {
  readonly chunks: readonly ChunkSize[];
  /** gzip of what index.html loads before anything else: entry JS, its static imports, CSS, preloads. */
  readonly initialGzip: number;
  /** gzip of the raw seed dumps the app shows first (fetched lazily, but part of the first view). */
  readonly seedsGzip: number;
  /** initialGzip + seedsGzip: the figure the budget limits. */
  readonly budgetedGzip: number;
  /** Everything fetched before the first thread can paint: initial + worker + seed chunks. */
  readonly firstViewGzip: number;
  readonly budgetBytes: number;
}

/**
 * 150 KB (SI, 150,000 bytes), the aim. It was 153 KB for a while (152.3 KB measured); the
 * Tools menu's contents, the phone filter sheet, the hit navigation, the chips, the muted list and
 * the off-topic notice now load on first use, which won it back.
 */
export const BUDGET_BYTES = 150_000;

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

const ATTR = (name: string) => new RegExp(`${name}\\s*=\\s*["']([^"']+)["']`, 'i');

/** Files index.html loads up front (module entry, stylesheets, modulepreloads), relative to dist. */
export function htmlInitialFiles(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = ATTR('rel').exec(tag)?.[1]?.toLowerCase() ?? '';
    const url = (isScript ? ATTR('src') : ATTR('href')).exec(tag)?.[1];
    if (url === undefined || /^(https?:)?\/\//.test(url)) continue;
    if (isScript || rel === 'stylesheet' || rel === 'modulepreload') {
      files.push(url.replace(/^\//, ''));
    }
  }
  return files;
}

// Static imports in minified ESM: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
// A dynamic `import("./x.js")` is lazy and does not match (no quote right after the keyword).
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/** The initial files plus every JS chunk they import statically, transitively. */
export function initialFiles(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = htmlInitialFiles(html);
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const resolved = spec.startsWith('/')
          ? spec.slice(1)
          : posix.join(posix.dirname(file), spec);
        queue.push(resolved);
      }
    }
  }
  return [...seen];
}

/** A line of each seed that a bundle holding that seed must contain verbatim (plain ASCII, long). */
export function seedMarkers(seedsDir: string): string[] {
  return seedFiles(seedsDir).map((file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const plain = lines
      .filter((l) => /^[A-Za-z0-9 ,.]+$/.test(l))
      .sort((a, b) => b.length - a.length);
    return (plain[0] ?? '').slice(0, 60);
  });
}

function seedFiles(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(seedsDir, n));
}

function walk(dir: string, base = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = base === '' ? name : `${base}/${name}`;
    return statSync(join(dir, name)).isDirectory() ? walk(join(dir, name), rel) : [rel];
  });
}

/** Sizes of every JS/CSS/text chunk of a build, classified, with the budgeted sums. */
export function bundleReport(distDir: string, seedsDir = 'seeds'): BundleReport {
  const initial = new Set(initialFiles(distDir));
  const markers = seedMarkers(seedsDir).filter((m) => m.length >= 20);
  const chunks: ChunkSize[] = walk(distDir)
    .filter((f) => /\.(js|css|txt|json|wasm)$/.test(f))
    .map((file) => {
      const data = readFileSync(join(distDir, file));
      const text = data.toString('utf8');
      const kind: ChunkKind = initial.has(file)
        ? 'initial'
        : /worker/i.test(file)
          ? 'worker'
          : markers.some((m) => text.includes(m))
            ? 'seed'
            : /\.(js|css)$/.test(file)
              ? 'lazy'
              : 'other';
      return { file, kind, bytes: data.length, gzip: gzipSize(data) };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const sum = (kinds: readonly ChunkKind[]) =>
    chunks.filter((c) => kinds.includes(c.kind)).reduce((s, c) => s + c.gzip, 0);
  const seedsGzip = seedFiles(seedsDir).reduce((s, f) => s + gzipSize(readFileSync(f)), 0);
  const initialGzip = sum(['initial']);
  return {
    chunks,
    initialGzip,
    seedsGzip,
    budgetedGzip: initialGzip + seedsGzip,
    firstViewGzip: sum(['initial', 'worker', 'seed']),
    budgetBytes: BUDGET_BYTES,
  };
}

export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** The per-chunk table, as Markdown. */
export function bundleTable(report: BundleReport): string {
  const rows = report.chunks.map(
    (c) => `| ${c.file} | ${c.kind} | ${kb(c.bytes)} | ${kb(c.gzip)} |`,
  );
  return [
    '| chunk | kind | raw | gzip -9 |',
    '|---|---|---:|---:|',
    ...rows,
    `| **initial JS + CSS** | | | **${kb(report.initialGzip)}** |`,
    `| seed dumps (raw .txt) | | | ${kb(report.seedsGzip)} |`,
    `| **budgeted: initial + seeds** (limit ${kb(report.budgetBytes)}) | | | **${kb(report.budgetedGzip)}** |`,
    `| first view: initial + worker + seed chunks | | | ${kb(report.firstViewGzip)} |`,
  ].join('\n');
}
