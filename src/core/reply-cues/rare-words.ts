import type { PreparedComment } from './prepare-comment.ts';

// Frequent words say nothing about who answers whom; only words few comments use do.
const STOP = new Set(
  (
    'about above after again against also although because been before being below between both ' +
    'could does doing down during each even ever every from further have having here just least ' +
    'like made make many more most much must never only other over same should since some such ' +
    'than that their them then there these they thing think this those though through under until ' +
    'very want were what when where which while will with would your yours into onto upon well ' +
    'really still already people going know said says sure first last years year time'
  ).split(' '),
);

/** A crude stem, enough to hear "hamstringing" echo "hamstring" and "withdrawing" echo "withdraw". */
export function stemWord(word: string): string {
  let w = word.replace(/'.*$/, '');
  // Stripped until stable, so "hamstring" and "hamstringing" land on the same stem.
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of ['ing', 'ed', 'es', 'ly', 's']) {
      if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
        w = w.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

/** The content stems of a comment (four letters or more, not function words), first surface form each. */
export function contentStems(comment: PreparedComment): Map<string, string> {
  const stems = new Map<string, string>();
  for (const w of comment.words) {
    if (w.length < 4 || STOP.has(w) || /^\d+$/.test(w)) continue;
    const stem = stemWord(w);
    if (!stems.has(stem)) stems.set(stem, w);
  }
  return stems;
}

/** How many comments use each stem: one pass over the dump. */
export function stemDocumentFrequency(all: readonly Map<string, string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const stems of all) for (const s of stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  return df;
}
