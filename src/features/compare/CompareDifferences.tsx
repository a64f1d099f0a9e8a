import type { SharedCommenter } from '../../core/stats/compare-articles.ts';
import type { StanceDifference } from '../../core/stats/stance-difference.ts';
import { STANCE_SWATCH } from '../../shared/stance-palette.ts';
import { DUMP_TEXT, percent, points, signed } from './compare-text.ts';

/** The stance shares of both sides and their difference with a 95% interval (Newcombe). */
export function StanceDifferenceTable({
  rows,
  titleA,
  titleB,
}: {
  rows: readonly StanceDifference[];
  titleA: string;
  titleB: string;
}) {
  const cell = 'px-1 py-1 text-right tabular-nums';
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="mb-1 text-left font-semibold">Stance difference (first − second)</caption>
      <thead>
        <tr className="text-left align-bottom text-slate-700 dark:text-slate-300">
          <th scope="col" className="w-1/5 font-medium">
            Stance
          </th>
          <th scope="col" className={`${cell} font-medium`}>
            <span className="md:hidden">First</span>
            <bdi className={`hidden md:inline ${DUMP_TEXT}`}>{titleA}</bdi>
          </th>
          <th scope="col" className={`${cell} font-medium`}>
            <span className="md:hidden">Second</span>
            <bdi className={`hidden md:inline ${DUMP_TEXT}`}>{titleB}</bdi>
          </th>
          <th scope="col" className={`${cell} w-2/5 font-medium`}>
            Difference (95% CI)
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className="border-t border-slate-200 dark:border-slate-700">
            <th scope="row" className="py-1 text-left font-normal">
              <span
                aria-hidden="true"
                className={`mr-1 inline-block h-3 w-3 rounded-sm ${STANCE_SWATCH[r.label]}`}
              />
              {r.label}
            </th>
            <td className={cell}>{percent(r.shareA)}</td>
            <td className={cell}>{percent(r.shareB)}</td>
            <td className={cell}>
              {r.difference === null ? (
                'n/a'
              ) : (
                <>
                  <span className="whitespace-nowrap">{points(r.difference.estimate)}</span>{' '}
                  <span className="whitespace-nowrap">
                    ({signed(r.difference.low)} to {signed(r.difference.high)})
                  </span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Named commenters who wrote in both discussions. */
export function SharedCommenters({ shared }: { shared: readonly SharedCommenter[] }) {
  return (
    <section aria-labelledby="compare-shared" className="space-y-1 text-sm">
      <h3 id="compare-shared" className="font-semibold">
        Commenters in both
      </h3>
      {shared.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No commenter in view wrote in both.</p>
      ) : (
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {shared.map((s) => (
            <li key={s.name}>
              <bdi className={DUMP_TEXT}>{s.name}</bdi>{' '}
              <span className="text-slate-700 tabular-nums dark:text-slate-300">
                (first {s.countA}, second {s.countB})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
