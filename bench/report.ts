import type { BrowserBenchResult, BrowserRun } from './browser-bench.ts';
import { bundleTable, kb, type BundleReport } from './bundle-sizes.ts';
import type { CliRun } from './cli-bench.ts';
import type { LighthouseResult } from './lighthouse-bench.ts';
import { issueAims } from './issue-aims.ts';
import type { MachineInfo } from './machine.ts';
import type { ParseBenchResult } from './parse-bench.ts';
import type { SearchBenchResult } from './search-bench.ts';

export interface BenchResults {
  readonly date: string;
  readonly command: string;
  readonly quick: boolean;
  readonly machine: MachineInfo;
  readonly parse: readonly ParseBenchResult[];
  readonly cli: readonly CliRun[];
  readonly search: SearchBenchResult | null;
  readonly bundle: BundleReport | null;
  readonly browser: BrowserBenchResult | null;
  readonly lighthouse: LighthouseResult | null;
  readonly notes: readonly string[];
}

const ok = (pass: boolean) => (pass ? 'yes' : '**no**');
const ms = (v: number | null) => (v === null || !Number.isFinite(v) ? 'n/a' : `${v} ms`);

/** One row per step of the browser run: its longest task in each run, so a task over the aim is placed. */
function longestBySteps(samples: readonly BrowserRun[]): string[] {
  const steps = [...new Set(samples.flatMap((r) => Object.keys(r.longestTaskByStepMs)))];
  return steps.map(
    (step) =>
      `| longest task, ${step} (per run) | ${samples.map((r) => r.longestTaskByStepMs[step] ?? 0).join(' / ')} ms | | |`,
  );
}

/** The readable table of bench/results.md (the README's "Performance" section quotes it). */
export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [
    `Measured ${r.date} with \`${r.command}\`${r.quick ? ' (quick mode: small inputs, not comparable)' : ''}.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM, ${m.os}, Node ${m.node}` +
      `${m.chromium === null ? '' : `, Chromium ${m.chromium}`}; load average at start ${m.loadAverage}.`,
    'Times are medians of the runs stated; ratios are what compare across machines.',
    '',
    ...issueAims(r),
    '',
    '#### All measures',
    '',
    '| measure | result | aim | met |',
    '|---|---:|---:|:---:|',
  ];
  for (const p of r.parse) {
    const label = `${p.name} ${p.megabytes} MB (${p.comments.toLocaleString('en')} comments), ${p.runs} runs`;
    out.push(
      `| parse: split('\\n') baseline, ${label} | ${p.splitMs} ms | | |`,
      `| parse + reply inference + ids ÷ split, ${p.name} | ${p.structureRatio}× (${p.structureMs} ms) | ≤ 10× | ${ok(p.structureRatio <= 10)} |`,
      `| full parseThread (+ places, stance) ÷ split, ${p.name} | ${p.fullRatio}× (${p.fullMs} ms, ${p.fullMBps} MB/s) | ≤ 25× | ${ok(p.fullRatio <= 25)} |`,
    );
  }
  for (const c of r.cli) {
    out.push(
      `| CLI on ${c.label}, ${c.megabytes} MB: peak memory, time, output | ${c.exitCode === 0 ? `${c.peakMB} MB, ${c.seconds} s, ${c.outputMB} MB` : `exit ${c.exitCode}: ${c.error ?? ''}`} | | |`,
    );
  }
  const s = r.search;
  if (s !== null) {
    const label = `${s.documents.toLocaleString('en')} comments, ${s.queries} queries`;
    out.push(
      `| search p50 / p95, top 10 ranked (typed-array scorer), ${label}, ${s.runs} runs | ${s.top10.p50} / ${s.top10.p95} ms | p95 ≤ 3 ms | ${ok(s.top10.p95 <= 3)} |`,
      `| search p50 / p95, every match, unranked, with the terms reached (what the worker sends the page) | ${s.all.p50} / ${s.all.p95} ms | | |`,
      `| search p50 / p95, MiniSearch as used before (every hit), same corpus and queries | ${s.reference.p50} / ${s.reference.p95} ms | | |`,
      `| same top 10 as MiniSearch (same comments / same order) | ${s.sameTop10} / ${s.sameTop10Order} of ${s.queries} | ≥ 95 % | ${ok(s.sameTop10 >= 0.95 * s.queries)} |`,
      `| index build / heap and buffers (MiniSearch build) | ${ms(s.buildMs)} / ${Number.isFinite(s.heapMB) ? `${s.heapMB} MB` : 'n/a'} (${ms(s.referenceBuildMs)}) | | |`,
    );
  }
  const b = r.bundle;
  if (b !== null) {
    out.push(
      `| seeds + initial JS and CSS, gzip | ${kb(b.budgetedGzip)} | < ${kb(b.budgetBytes)} | ${ok(b.budgetedGzip < b.budgetBytes)} |`,
    );
  }
  const w = r.browser;
  if (w !== null) {
    const big = `${w.dump.comments.toLocaleString('en')}-comment ${w.dump.layout} dump (${w.dump.megabytes} MB)`;
    out.push(
      `| Chromium: navigation → first thread, seeds (${w.runs} runs) | ${ms(w.seedsFirstThreadMs)} | | |`,
      `| Chromium: open ${big} → "Opened" (threads shown) | ${ms(w.openMs)} | | |`,
      `| Chromium: open ${big} → its stances read | ${ms(w.stancesMs)} | | |`,
      ...(w.flatOpen === null
        ? []
        : [
            `| Chromium: open ${w.flatOpen.comments.toLocaleString('en')}-comment flat dump (${w.flatOpen.megabytes} MB) → "Opened", its comments in page order (per run: ${w.flatOpen.openMs.map(ms).join(', ')}) | ${ms(w.flatOpen.openMedianMs)} | | |`,
            `| Chromium: open that flat dump → its threads shown, parents guessed (per run: ${w.flatOpen.repliesMs.map(ms).join(', ')}) | ${ms(w.flatOpen.repliesMedianMs)} | | |`,
            `| Chromium: open that flat dump → its stances read (per run: ${w.flatOpen.stancesMs.map(ms).join(', ')}) | ${ms(w.flatOpen.stancesMedianMs)} | | |`,
          ]),
      `| Chromium: navigation → first thread, ${big}, revisit (parse cached) | ${ms(w.bigFirstThreadMs)} | ≤ 1500 ms | ${ok(w.bigFirstThreadMs <= 1500)} |`,
      `| 50k first thread ÷ seeds first thread | ${w.bigToSeedsRatio}× | ≤ 3× | ${ok(w.bigToSeedsRatio <= 3)} |`,
      `| collapse the 1,000-reply thread (median / p95) | ${ms(w.collapseMs)} / ${ms(w.collapseP95Ms)} | ≤ 50 ms | ${ok(w.collapseP95Ms <= 50)} |`,
      `| expand it again (median) | ${ms(w.expandMs)} | ≤ 50 ms | ${ok(w.expandMs <= 50)} |`,
      `| keystroke → results at 50k (median / p95${w.keystrokeTimeouts > 0 ? `, ${w.keystrokeTimeouts} timed out` : ''}) | ${ms(w.keystrokeMs)} / ${ms(w.keystrokeP95Ms)} | ≤ 50 ms | ${ok(w.keystrokeP95Ms <= 50 && w.keystrokeTimeouts === 0)} |`,
    );
    out.push(
      `| keystroke → results on the seeds alone, same keys (median / p95${w.seedsKeystrokeTimeouts > 0 ? `, ${w.seedsKeystrokeTimeouts} timed out` : ''}) | ${ms(w.seedsKeystrokeMs)} / ${ms(w.seedsKeystrokeP95Ms)} | | |`,
      `| mute a word at 50k → the new count shown (median; per run: ${w.samples.map((r) => (r.muteMs === null ? 'none' : ms(Math.round(r.muteMs)))).join(', ')}) | ${w.muteMs === null ? 'none' : ms(w.muteMs)} | | |`,
      `| longest main-thread task (seeds load, 50k open, revisit, folding, typing, muting a word, Stats, comparing) | ${ms(w.longestTaskMs)} | ≤ 200 ms | ${ok(w.longestTaskMs <= 200)} |`,
      ...longestBySteps(w.samples),
    );
    if (w.mainHeapMB !== null)
      out.push(`| main-thread JS heap with the 50k dump open | ${w.mainHeapMB} MB | | |`);
  }
  const l = r.lighthouse;
  if (l !== null) {
    out.push(
      `| Lighthouse ${l.version} mobile, seeds' first view (${l.runs} runs): performance / accessibility / best practices | ${l.performance} / ${l.accessibility} / ${l.bestPractices} | ≥ 95 / 100 / 100 | ${ok(l.performance >= 95 && l.accessibility === 100 && l.bestPractices === 100)} |`,
      `| Lighthouse: first contentful paint / largest contentful paint / total blocking time (simulated) | ${ms(l.firstContentfulPaintMs)} / ${ms(l.largestContentfulPaintMs)} / ${ms(l.totalBlockingTimeMs)} | | |`,
      `| Lighthouse per run: performance (total blocking time) | ${l.samples.map((s) => `${s.performance} (${ms(s.totalBlockingTimeMs)})`).join(', ')} | | |`,
    );
  }
  if (r.parse.length > 0) {
    out.push('', '#### Where parse time goes (median ms per stage, measured alone)', '');
    const stages = [...new Set(r.parse.flatMap((p) => Object.keys(p.stages)))];
    out.push(`| layout | ${stages.join(' | ')} |`, `|---|${stages.map(() => '---:').join('|')}|`);
    for (const p of r.parse)
      out.push(`| ${p.name} | ${stages.map((k) => p.stages[k] ?? '–').join(' | ')} |`);
  }
  if (s !== null && s.typing.length > 0) {
    out.push(
      '',
      `#### As you type "${s.typing.at(-1)?.query ?? ''}" (every match, as the worker answers the page, ${s.documents.toLocaleString('en')} comments)`,
      '',
    );
    out.push(`| query | ${s.typing.map((t) => `\`${t.query}\``).join(' | ')} |`);
    out.push(`|---|${s.typing.map(() => '---:').join('|')}|`);
    out.push(`| ms | ${s.typing.map((t) => t.ms).join(' | ')} |`);
    out.push(`| hits | ${s.typing.map((t) => t.hits).join(' | ')} |`);
    out.push(
      '',
      `Median hits per query: ${s.hitsMedian}.${s.countDiffers.length > 0 ? ` Hit counts differ from MiniSearch's on: ${s.countDiffers.join(', ')}.` : ''}${s.topDiffers.length > 0 ? ` Top 10 differs from MiniSearch's on: ${s.topDiffers.map((q) => `"${q}"`).join(', ')}.` : ''}`,
    );
  }
  if (b !== null) out.push('', '#### Bundle (gzip level 9 per chunk)', '', bundleTable(b));
  if (r.notes.length > 0) out.push('', '#### Notes', '', ...r.notes.map((n) => `- ${n}`));
  return out.join('\n') + '\n';
}
