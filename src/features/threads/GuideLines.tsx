import { treeParents } from '../../core/article/tree-parents.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import { isWeakGuess } from './InferredMark.tsx';

/** Visual indent per depth level, in rem; deeper levels stop indenting so 360 px stays readable. */
export const INDENT_REM = 1;
export const MAX_INDENT_LEVELS = 8;

export function indentLevels(depth: number): number {
  return Math.min(depth, MAX_INDENT_LEVELS);
}

const SOLID =
  'h-full w-px bg-slate-300 group-hover:w-0.5 group-hover:bg-sky-600 dark:bg-slate-600 dark:group-hover:bg-sky-400';
// A guessed link: a dashed line, darker than the solid one so the dashes stay visible (3:1).
const DASHED =
  'h-full w-0 border-l border-dashed border-slate-500 group-hover:border-l-2 group-hover:border-sky-600 dark:border-slate-400 dark:group-hover:border-sky-400';

/**
 * One vertical line per shown ancestor level; clicking a line folds that ancestor. They are pointer
 * shortcuts only (hidden from assistive tech): the ancestor's own fold button is the named, focusable
 * control. A line is dashed where the link it draws (ancestor → the child on the way down to this
 * row) is a weak guess, so a guessed subtree reads as "probably here" all the way down.
 */
export function GuideLines({
  article,
  id,
  depth,
  onCollapse,
}: {
  article: ArticleIndex;
  id: string;
  depth: number;
  onCollapse(ancestorId: string): void;
}) {
  const levels = indentLevels(depth);
  if (levels === 0) return null;
  // Walk up to the ancestors that own the shown lines (the nearest `levels` ones).
  const lines: Array<{ ancestorId: string; guessed: boolean }> = [];
  const parents = treeParents(article);
  let child = id;
  let parent = parents.get(id) ?? null;
  while (parent !== null && lines.length < levels) {
    lines.push({ ancestorId: parent, guessed: isWeakGuess(article.byId.get(child)?.reply) });
    child = parent;
    parent = parents.get(parent) ?? null;
  }
  return (
    <div aria-hidden="true" className="absolute inset-y-0 left-0">
      {lines.map(({ ancestorId, guessed }, i) => {
        const level = levels - 1 - i;
        return (
          <div
            key={ancestorId}
            data-guide={ancestorId}
            data-guessed={guessed ? 'true' : undefined}
            title={
              guessed
                ? 'Dashed: the dump does not say this is a reply here; it is a guess. Click to fold.'
                : 'Fold this comment and its replies'
            }
            onClick={() => onCollapse(ancestorId)}
            className="group absolute inset-y-0 w-3 cursor-pointer"
            style={{ left: `${level * INDENT_REM + 0.125}rem` }}
          >
            <div className={`mx-auto ${guessed ? DASHED : SOLID}`} />
          </div>
        );
      })}
    </div>
  );
}
