import type { MouseEvent } from 'react';
import type { WordScore } from '../../core/stats/fightin-words.ts';
import { DUMP_TEXT } from './compare-text.ts';

/** |z| above this is unlikely (p < 0.05, two-sided) if both sides used the word at one rate. */
const Z_CLEAR = 1.96;

export interface WordsSide {
  readonly slug: string;
  readonly title: string;
  readonly words: readonly WordScore[];
}

/**
 * The words most distinctive of one side: a table with both sides' counts and z, each word a
 * link to a search for it in that discussion.
 */
function WordsTable({
  side,
  mine,
  other,
  hrefOf,
  onPick,
}: {
  side: WordsSide;
  mine: 'countA' | 'countB';
  other: string;
  hrefOf(slug: string, word: string): string;
  onPick(slug: string, word: string): void;
}) {
  const follow = (word: string) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onPick(side.slug, word);
  };
  const theirs = mine === 'countA' ? 'countB' : 'countA';
  return (
    <table className="w-full min-w-0 table-fixed text-sm">
      <caption className="mb-1 text-left font-semibold">
        Most distinctive of <bdi className={DUMP_TEXT}>{side.title}</bdi>
      </caption>
      <thead>
        <tr className="text-left text-slate-700 dark:text-slate-300">
          <th scope="col" className="w-2/5 font-medium">
            Word
          </th>
          <th scope="col" className="text-right font-medium">
            here
          </th>
          <th scope="col" className="text-right font-medium">
            other<span className="sr-only">: {other}</span>
          </th>
          <th scope="col" className="text-right font-medium">
            z
          </th>
        </tr>
      </thead>
      <tbody>
        {side.words.length === 0 ? (
          <tr>
            <td colSpan={4} className="text-slate-700 dark:text-slate-300">
              No word stands out.
            </td>
          </tr>
        ) : (
          side.words.map((w) => (
            <tr key={w.word} className="border-t border-slate-200 dark:border-slate-700">
              <td>
                <a
                  href={hrefOf(side.slug, w.word)}
                  onClick={follow(w.word)}
                  className={`inline-block min-h-6 py-0.5 text-sky-800 underline dark:text-sky-300 ${DUMP_TEXT}`}
                >
                  <bdi>{w.word}</bdi>
                </a>
              </td>
              <td className="text-right tabular-nums">{w[mine]}</td>
              <td className="text-right tabular-nums">{w[theirs]}</td>
              <td className="text-right tabular-nums">
                {Math.abs(w.z).toFixed(1)}
                {Math.abs(w.z) < Z_CLEAR && (
                  <>
                    <span aria-hidden="true">*</span>
                    <span className="sr-only"> (weak)</span>
                  </>
                )}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** Both sides' distinctive words (Monroe et al.'s weighted log-odds), side by side from md up. */
export function DistinctiveWords({
  a,
  b,
  hrefOf,
  onPick,
}: {
  a: WordsSide;
  b: WordsSide;
  hrefOf(slug: string, word: string): string;
  onPick(slug: string, word: string): void;
}) {
  return (
    <section aria-labelledby="compare-words" className="space-y-3">
      <h3 id="compare-words" className="font-semibold">
        Distinctive words
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn,
        “Fightin’ Words”). z is how many standard errors a word’s use differs between the two; *
        marks |z| under 1.96. Each word opens a search for it in that discussion.
      </p>
      <div className="grid gap-6 md:grid-cols-2">
        <WordsTable side={a} mine="countA" other={b.title} hrefOf={hrefOf} onPick={onPick} />
        <WordsTable side={b} mine="countB" other={a.title} hrefOf={hrefOf} onPick={onPick} />
      </div>
    </section>
  );
}
