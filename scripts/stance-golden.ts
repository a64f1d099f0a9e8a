// `npx tsx scripts/stance-golden.ts [--write] [--full] [--time]`: proves a speed-up of classifyStance
// changed nothing. Hashes (sha256) the JSON of every comment's Stance on three generated 30k dumps,
// both seeds and every labelled set, and compares them with scripts/stance-golden.json (--write
// records them). The dumps' reply links are cached in /tmp after one full parse, because reply
// inference is slower than stance and does not depend on it; --full parses with parseThread again
// and checks the replay against it. --time also times classifyStance over the flat dump.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseThread } from '../src/core/parse-thread.ts';
import { classifyStance, type StanceParent } from '../src/core/stance/classify-stance.ts';
import type { Stance } from '../src/core/types.ts';
import { stanceSets } from './stance-sets.ts';

const TMP = '/tmp/stancefast';
const GOLDEN = 'scripts/stance-golden.json';
const DUMPS: Record<string, readonly string[]> = {
  flat30k: ['--layout', 'flat'],
  indented30k: ['--layout', 'indented'],
  article30k: ['--layout', 'flat', '--article-body', '8000'],
};

interface Item {
  readonly body: string;
  readonly author: string | null;
  readonly parent: number | null;
}

const args = new Set(process.argv.slice(2));
mkdirSync(TMP, { recursive: true });

function hashOf(stances: readonly Stance[]): string {
  const h = createHash('sha256');
  for (const s of stances) h.update(`${JSON.stringify(s)}\n`);
  return h.digest('hex');
}

function dumpText(name: string): string {
  const file = join(TMP, `${name}.txt`);
  if (!existsSync(file)) {
    const extra = DUMPS[name] ?? [];
    execFileSync('npm', ['run', '-s', 'gen', '--', '--comments', '30000', ...extra, '--out', file]);
  }
  return readFileSync(file, 'utf8');
}

function parsedItems(text: string): { items: Item[]; stances: Stance[] } {
  const doc = parseThread(text);
  if (!doc.ok) throw new Error(doc.error.message);
  const index = new Map(doc.value.comments.map((c, i) => [c.id, i]));
  const items = doc.value.comments.map((c) => ({
    body: c.body,
    author: c.author,
    parent: c.parentId === null ? null : (index.get(c.parentId) ?? null),
  }));
  return { items, stances: doc.value.comments.map((c) => c.stance) };
}

/** The reply links of a dump, from one full parse cached in /tmp. */
function itemsOf(name: string): Item[] {
  const cache = join(TMP, `${name}.items.json`);
  if (existsSync(cache) && !args.has('--full')) {
    return JSON.parse(readFileSync(cache, 'utf8')) as Item[];
  }
  const { items, stances } = parsedItems(dumpText(name));
  writeFileSync(cache, JSON.stringify(items));
  if (hashOf(stances) !== hashOf(replay(items).stances)) {
    throw new Error(`${name}: the replay differs from parseThread`);
  }
  return items;
}

/** classifyStance on each comment in order, with its parent's stance: what parseThread does. */
function replay(items: readonly Item[]): {
  stances: Stance[];
  parents: (StanceParent | undefined)[];
} {
  const stances: Stance[] = [];
  const parents: (StanceParent | undefined)[] = [];
  for (const item of items) {
    const p = item.parent === null ? undefined : items[item.parent];
    const ps = item.parent === null ? undefined : stances[item.parent];
    const parent = p && ps ? { body: p.body, author: p.author, stance: ps } : undefined;
    parents.push(parent);
    stances.push(classifyStance({ body: item.body, author: item.author }, parent));
  }
  return { stances, parents };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Wall and CPU ms (the machine is shared: CPU time is the steadier of the two). */
function timed(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const t = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

function time(items: readonly Item[], parents: readonly (StanceParent | undefined)[]): void {
  const text = dumpText('flat30k');
  const inputs = items.map((item) => ({ body: item.body, author: item.author }));
  const stance: { wall: number; cpu: number }[] = [];
  const split: { wall: number; cpu: number }[] = [];
  for (let run = 0; run <= 5; run += 1) {
    const s = timed(() => text.split('\n'));
    const c = timed(() => inputs.forEach((input, i) => classifyStance(input, parents[i])));
    if (run > 0) {
      split.push(s);
      stance.push(c);
    }
  }
  const runs = stance.map((r) => `${r.wall.toFixed(0)}/${r.cpu.toFixed(0)}`).join(' ');
  console.log(`stance runs (wall/cpu ms): ${runs}`);
  for (const key of ['wall', 'cpu'] as const) {
    const s = median(stance.map((r) => r[key]));
    const l = median(split.map((r) => r[key]));
    console.log(
      `${key}: classifyStance median ${s.toFixed(0)} ms, split('\\n') median ${l.toFixed(1)} ms, ratio ${(s / l).toFixed(0)} × split`,
    );
  }
}

const hashes: Record<string, string> = {};
let flat: { items: Item[]; parents: (StanceParent | undefined)[] } | null = null;
for (const name of Object.keys(DUMPS)) {
  const items = itemsOf(name);
  const { stances, parents } = replay(items);
  hashes[name] = hashOf(stances);
  if (name === 'flat30k') flat = { items, parents };
}
for (const seed of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
  hashes[`seed ${seed}`] = hashOf(parsedItems(readFileSync(join('seeds', seed), 'utf8')).stances);
}
for (const set of stanceSets()) hashes[`set ${set.name}`] = hashOf(set.items.map((i) => i.machine));

if (args.has('--write')) {
  writeFileSync(GOLDEN, `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`wrote ${GOLDEN}`);
} else {
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;
  const bad = Object.keys({ ...golden, ...hashes }).filter((k) => golden[k] !== hashes[k]);
  for (const k of bad) console.log(`DIFFERS ${k}: ${golden[k] ?? '-'} → ${hashes[k] ?? '-'}`);
  console.log(bad.length === 0 ? `identical: ${Object.keys(hashes).length} hashes` : 'CHANGED');
  if (bad.length > 0) process.exitCode = 1;
}
if (args.has('--time') && flat) time(flat.items, flat.parents);
