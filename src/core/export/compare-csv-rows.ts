import type { Bucket, Tally } from '../stats/compute-stats.ts';
import type { Comparison, ComparisonFigures } from '../stats/compare-articles.ts';
import type { CsvCell } from './to-csv.ts';

type Rows = CsvCell[][];

/** Counts of a named list on both sides, in A's order then B's extras. */
function union(
  section: string,
  a: readonly (Tally | Bucket)[],
  b: readonly (Tally | Bucket)[],
): Rows {
  const name = (t: Tally | Bucket) => ('name' in t ? t.name : t.label);
  const count = (t: Tally | Bucket) => ('comments' in t ? t.comments : t.count);
  const inB = new Map(b.map((t) => [name(t), count(t)]));
  const inA = new Map(a.map((t) => [name(t), count(t)]));
  const names = [...inA.keys(), ...[...inB.keys()].filter((n) => !inA.has(n))];
  return names.map((n) => [section, n, inA.get(n) ?? 0, inB.get(n) ?? 0, null, null, null]);
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * The comparison's figures as a table: one row per measure, a column per discussion, and for the
 * stance shares the difference A − B with its 95% interval (Newcombe).
 */
export function compareFiguresRows(c: ComparisonFigures): Rows {
  const rows: Rows = [
    ['section', 'item', c.titleA, c.titleB, 'difference A − B', '95% CI low', '95% CI high'],
    ['comments', 'comments in view', c.a.comments, c.b.comments, null, null, null],
  ];
  for (const s of c.stance) {
    rows.push(['stance', `${s.label} count`, c.a.stance[s.label], c.b.stance[s.label]]);
    const d = s.difference;
    rows.push([
      'stance',
      `${s.label} share`,
      round(s.shareA),
      round(s.shareB),
      d === null ? null : round(d.estimate),
      d === null ? null : round(d.low),
      d === null ? null : round(d.high),
    ]);
  }
  rows.push(
    ...union('US state', c.a.usStates, c.b.usStates),
    ['place', 'US, state not given', c.a.usNoState, c.b.usNoState],
    ...union('country', c.a.countries, c.b.countries),
    ['place', 'unknown place', c.a.unknownPlace, c.b.unknownPlace],
    ...union('most active commenters', c.a.topCommenters, c.b.topCommenters),
    ['commenters', 'anonymous comments', c.a.anonymous, c.b.anonymous],
    ...union('reply depth', c.a.depth, c.b.depth),
    ...union('thread size (comments)', c.a.threadSizes, c.b.threadSizes),
    ...c.shared.map((s) => ['commenter in both', s.name, s.countA, s.countB]),
  );
  return rows;
}

/** Every scored word, most distinctive of A first: counts per side, δ̂ and z (Fightin' Words). */
export function distinctiveWordsRows(c: Comparison): Rows {
  return [
    ['word', 'leans to', `count in ${c.titleA}`, `count in ${c.titleB}`, 'log-odds delta', 'z'],
    ...c.words.map((w) => [
      w.word,
      w.z > 0 ? c.titleA : w.z < 0 ? c.titleB : null,
      w.countA,
      w.countB,
      round(w.delta),
      round(w.z),
    ]),
  ];
}
