import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import { rowIndex } from '../../core/view/row-index.ts';
import type { Row } from '../../core/view/view-types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { ArticleHeader } from '../articles/index.ts';
import { CommentItem } from './CommentItem.tsx';
import { ancestorKey } from './ancestor-key.ts';
import { measureRow } from './measure-row.ts';
import { skipMountScroll } from './skip-mount-scroll.ts';
import { groupRows, type RowNode } from './group-rows.ts';
import { firstRowOnScreen, scrollDelta, type Placement } from './scroll-into-place.ts';
import type { Anchor } from '../../shared/scroll-anchor.ts';

// First guesses before measuring; measured heights replace them as rows render.
const ESTIMATE_COMMENT = 150;
const ESTIMATE_ARTICLE = 120;
// Nested lists deeper than this join the deepest one: enough for every real thread, bounded DOM.
const MAX_LIST_DEPTH = 24;
// Frames to wait for a far-away row to be measured and settle in view after a jump.
const SETTLE_FRAMES = 40;

export interface ThreadListHandle {
  /** Scrolls the row into place, then focuses it when `focus`. False when it is not a row. */
  scrollToKey(key: CommentKey, opts?: Partial<Placement> & { focus?: boolean }): boolean;
  /** The row nearest the top of the screen (under the header), with where it starts. */
  topAnchor(): Anchor | null;
  /**
   * Scrolls to the page's top through the virtualizer: a bare window.scrollTo leaves it the old
   * offset until the scroll event, and a row measured meanwhile "kept in place" from there (a
   * newly ticked stance landed at 8,093 px instead of 0).
   */
  toTop(): void;
}

export interface ThreadListProps {
  rows: readonly Row[];
  articles: ReadonlyMap<string, ArticleIndex>;
  ref?: Ref<ThreadListHandle>;
}

/** The virtualised thread view: maps `Row[]` to nested lists of the rows on screen only. */
export function ThreadList({ rows, articles, ref }: ThreadListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [scrollToFn] = useState(skipMountScroll);

  // The list starts below the page header; the window virtualizer needs that offset. Read when the
  // ResizeObserver reports, after the browser's layout: read as the list mounted, it forced a layout
  // and a second, synchronous render of every row on screen inside the commit. Until then the
  // offset is 0: the range is off by the header's height, which the overscan (8 rows) covers.
  useLayoutEffect(() => {
    const el = listRef.current;
    // Without ResizeObserver (jsdom) there is no layout to read either: the offset stays 0.
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setScrollMargin(Math.round(el.getBoundingClientRect().top + window.scrollY)),
    );
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'article' ? ESTIMATE_ARTICLE : ESTIMATE_COMMENT),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 8,
    scrollMargin,
    // The viewport from the first render: with the default (0 × 0) the first render showed no rows,
    // and the rows on screen were rendered again, synchronously, once the list was mounted.
    initialRect: { width: innerWidth, height: innerHeight },
    measureElement: measureRow,
    scrollToFn,
  });

  // Built on the first jump, not per render: at 50k rows a keystroke should not pay for a map
  // that only a jump to a comment reads.
  const indexOfKey = useMemo(() => rowIndex(rows), [rows]);

  const settleRun = useRef(0);
  const scrollToKey = useCallback(
    (key: CommentKey, opts: Partial<Placement> & { focus?: boolean } = {}): boolean => {
      const index = indexOfKey(key);
      if (index === undefined) return false;
      const place: Placement =
        opts.offset === undefined
          ? { align: opts.align ?? 'start' }
          : { align: 'start', offset: opts.offset };
      if (place.align === 'start') virtualizer.scrollToIndex(index, { align: 'start' });
      // Heights far away are estimates: keep correcting until the row is rendered and in place.
      const run = ++settleRun.current;
      let frames = 0;
      let steady = 0;
      const step = () => {
        if (run !== settleRun.current) return;
        const el = listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
        if (el) {
          const delta = scrollDelta(el.getBoundingClientRect(), place);
          const before = window.scrollY;
          if (Math.abs(delta) > 2) window.scrollBy(0, delta);
          // In place, or as near as the page allows (a row at the very end cannot reach the top).
          if (Math.abs(delta) <= 2 || window.scrollY === before) steady += 1;
          else steady = 0;
          if (steady >= 2 || frames >= SETTLE_FRAMES) {
            if (opts.focus === true) el.focus({ preventScroll: true });
            return;
          }
        } else if (frames % 4 === 3 || place.align === 'auto') {
          virtualizer.scrollToIndex(index, { align: place.align === 'auto' ? 'auto' : 'start' });
        }
        frames += 1;
        if (frames <= SETTLE_FRAMES) requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
      return true;
    },
    [indexOfKey, virtualizer],
  );
  const topAnchor = useCallback(() => firstRowOnScreen(listRef.current), []);
  useImperativeHandle(
    ref,
    () => ({ scrollToKey, topAnchor, toTop: () => virtualizer.scrollToOffset(0) }),
    [scrollToKey, topAnchor, virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  // The default range extractor yields a contiguous run of indexes: its ends decide the grouping.
  const startIndex = first?.index ?? 0;
  const endIndex = items[items.length - 1]?.index ?? -1;
  const sections = useMemo(() => {
    const indexes: number[] = [];
    for (let i = startIndex; i <= endIndex; i += 1) indexes.push(i);
    return groupRows(rows, indexes, MAX_LIST_DEPTH, (row, depth) =>
      ancestorKey(articles, row, depth),
    );
  }, [rows, articles, startIndex, endIndex]);

  const renderNodes = (nodes: readonly RowNode[]) => (
    <ul className="m-0 list-none p-0">
      {nodes.map((node) => {
        const row = node.index === null ? undefined : rows[node.index];
        return (
          <li key={node.key} className="m-0 p-0">
            {row?.kind === 'comment' && node.index !== null && (
              <CommentItem row={row} index={node.index} measureRef={virtualizer.measureElement} />
            )}
            {node.children.length > 0 && renderNodes(node.children)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div
      ref={listRef}
      className="relative w-full"
      style={{ height: virtualizer.getTotalSize() - scrollMargin }}
    >
      <div
        className="absolute inset-x-0 top-0"
        style={{
          transform: `translateY(${first === undefined ? 0 : first.start - scrollMargin}px)`,
        }}
      >
        {sections.map((section) => {
          const header = section.header === null ? undefined : rows[section.header];
          const article = header === undefined ? undefined : articles.get(header.slug);
          return (
            <div key={section.slug}>
              {header?.kind === 'article' && article !== undefined && section.header !== null && (
                <ArticleHeader
                  article={article}
                  count={header.count}
                  index={section.header}
                  measureRef={virtualizer.measureElement}
                />
              )}
              {section.items.length > 0 && renderNodes(section.items)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
