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
import type { Row } from '../../core/view/view-types.ts';
import type { ArticleIndex } from '../../core/article/article-index.ts';
import type { CommentKey } from '../../core/article/comment-key.ts';
import { ArticleHeader } from '../articles/index.ts';
import { CommentItem } from './CommentItem.tsx';
import { ancestorKey } from './ancestor-key.ts';
import { measureRow } from './measure-row.ts';
import { observeViewport } from './observe-viewport.ts';
import { skipMountScroll } from './skip-mount-scroll.ts';
import { groupRows, type RowNode } from './group-rows.ts';
import { firstRowOnScreen, type Placement } from './scroll-into-place.ts';
import { useScrollToKey } from './use-scroll-to-key.ts';
import type { Anchor } from '../../shared/scroll-anchor.ts';

// First guesses before measuring; measured heights replace them as rows render.
const ESTIMATE_COMMENT = 150;
const ESTIMATE_ARTICLE = 120;
// Nested lists deeper than this join the deepest one: enough for every real thread, bounded DOM.
const MAX_LIST_DEPTH = 24;

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

  // One function per rows array: the virtualizer re-measures every row whenever getItemKey is a new
  // function, which an inline one is on every render (50,000 rows on each keystroke and scroll).
  const estimateSize = useCallback(
    (i: number) => (rows[i]?.kind === 'article' ? ESTIMATE_ARTICLE : ESTIMATE_COMMENT),
    [rows],
  );
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: 8,
    scrollMargin,
    // The viewport from the first render: with the default (0 × 0) the first render showed no rows,
    // and the rows on screen were rendered again, synchronously, once the list was mounted.
    initialRect: { width: innerWidth, height: innerHeight },
    measureElement: measureRow,
    observeElementRect: observeViewport,
    scrollToFn,
  });

  const scrollToKey = useScrollToKey(rows, virtualizer, listRef);
  const topAnchor = useCallback(() => firstRowOnScreen(listRef.current), []);
  useImperativeHandle(
    ref,
    () => ({
      scrollToKey,
      topAnchor,
      // Already there, by the virtualizer's last scroll event (a page just loaded): scrolling, or
      // reading window.scrollY, forces a layout of the rows just committed inside React's commit
      // (52 of 178 ms, Chromium throttled 4×), which the browser's own frame does anyway.
      toTop: () => {
        if (virtualizer.scrollOffset) virtualizer.scrollToOffset(0);
      },
    }),
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
