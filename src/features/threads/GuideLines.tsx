import { treeParents } from '../../core/article/tree-parents.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';

/** Visual indent per depth level, in rem; deeper levels stop indenting so 360 px stays readable. */
export const INDENT_REM = 1;
export const MAX_INDENT_LEVELS = 8;

export function indentLevels(depth: number): number {
  return Math.min(depth, MAX_INDENT_LEVELS);
}

/**
 * One vertical line per shown ancestor level; clicking a line collapses that ancestor. They are
 * pointer shortcuts only (hidden from assistive tech): the ancestor's own toggle button is the named,
 * focusable control.
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
  const ancestors: string[] = [];
  const parents = treeParents(article);
  let parent = parents.get(id) ?? null;
  while (parent !== null && ancestors.length < levels) {
    ancestors.push(parent);
    parent = parents.get(parent) ?? null;
  }
  return (
    <div aria-hidden="true" className="absolute inset-y-0 left-0">
      {ancestors.map((ancestorId, i) => {
        const level = levels - 1 - i;
        return (
          <div
            key={ancestorId}
            data-guide={ancestorId}
            title="Collapse this thread"
            onClick={() => onCollapse(ancestorId)}
            className="group absolute inset-y-0 w-3 cursor-pointer"
            style={{ left: `${level * INDENT_REM + 0.125}rem` }}
          >
            <div className="mx-auto h-full w-px bg-slate-300 group-hover:w-0.5 group-hover:bg-sky-600 dark:bg-slate-600 dark:group-hover:bg-sky-400" />
          </div>
        );
      })}
    </div>
  );
}
