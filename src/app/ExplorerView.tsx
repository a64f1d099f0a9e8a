import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { documentStance } from '../core/view/apply-view.ts';
import {
  nextRow,
  nextSiblingThread,
  parentRow,
  prevRow,
  prevSiblingThread,
} from '../core/view/row-navigation.ts';
import type { SearchHit } from '../core/search/search-index.ts';
import type { Stance, StanceLabel, ThreadComment } from '../core/types.ts';
import {
  EMPTY_VIEW,
  type ArticleIndex,
  type CommentKey,
  type ViewNotice,
  type ViewState,
} from '../core/view/view-types.ts';
import { ErrorBoundary } from '../features/errors/ErrorBoundary.tsx';
import { ActiveFilters } from '../features/filters/ActiveFilters.tsx';
import { KeyHelpDialog } from '../features/keyboard/KeyHelpDialog.tsx';
import { useKeyboardShortcuts } from '../features/keyboard/useKeyboardShortcuts.ts';
import { hitGroups } from '../features/search/hit-groups.ts';
import { HitNav } from '../features/search/HitNav.tsx';
import { Toast } from '../features/share/Toast.tsx';
import { useCopyLink } from '../features/share/useCopyLink.ts';
import { useToast } from '../features/share/useToast.ts';
import { ThreadContext, type ThreadContextValue } from '../features/threads/thread-context.ts';
import { ThreadList, type ThreadListHandle } from '../features/threads/ThreadList.tsx';
import { AlertArea } from './AlertArea.tsx';
import type { ExtraView } from './extra-view.ts';
import { FilterPanel } from './FilterPanel.tsx';
import { ListActions } from './ListActions.tsx';
import { NoticeArea } from './NoticeArea.tsx';
import { PageHeader } from './PageHeader.tsx';
import { Skeleton } from './Skeleton.tsx';
import { StatusLine } from './StatusLine.tsx';
import { useCollapsed } from './useCollapsed.ts';
import { useExplorerModel } from './useExplorerModel.ts';
import type { ViewStore } from './useViewState.ts';

export interface ExplorerViewProps {
  /** Null while the worker parses; the page keeps its layout and shows a skeleton. */
  articles: readonly ArticleIndex[] | null;
  /**
   * Some source is still being opened: what the URL names may be in it, so "no such article /
   * comment" would be said too early. Those notices wait until everything is open.
   */
  readonly opening?: boolean;
  /** "Parsing 3 of 5…" or similar while loading. */
  progress: string | null;
  /** An error the reader must see (the articles could not load). */
  loadError: string | null;
  hits: readonly SearchHit[] | null;
  searchBusy: boolean;
  store: ViewStore;
  /** The effective stance (reader override or machine label); the document's label by default. */
  stanceOf?: (key: CommentKey) => StanceLabel;
  renderStance?: (key: CommentKey, stance: Stance, comment: ThreadComment) => ReactNode;
  /** Other things the reader should know that need no action (discarded saved data). */
  extraNotices?: readonly ViewNotice[];
  /** Slot for other features' buttons (open a file, export). */
  toolbar?: ReactNode;
  /** Views offered beside the comments by a switch (e.g. Stats); none hides the switch. */
  extraViews?: readonly ExtraView[];
}

const NO_ARTICLES: readonly ArticleIndex[] = [];

function plainStance(_key: CommentKey, stance: Stance): ReactNode {
  return <span className="text-xs text-slate-700 dark:text-slate-300">{stance.label}</span>;
}

/** The explorer page, from loaded data and the URL's view (hooks that fetch live in Explorer). */
export function ExplorerView(props: ExplorerViewProps) {
  const { store, hits, toolbar } = props;
  const articles = props.articles ?? NO_ARTICLES;
  const loading = props.articles === null;
  const listRef = useRef<ThreadListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const { collapsed, toggle, collapseAncestor, collapseAll, expandAll } = useCollapsed(listRef);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = useState<CommentKey | null>(null);
  // The hit the reader moved to, for the search it belongs to: a new search starts before its first.
  const [hitAt, setHitAt] = useState<{ q: string; pos: number } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const extraViews = props.extraViews ?? [];
  const extra = extraViews.find((v) => v.id === shown) ?? null;
  const toast = useToast();

  const defaultStance = useMemo(() => documentStance(articles), [articles]);
  const stanceOf = props.stanceOf ?? defaultStance;
  const model = useExplorerModel(articles, store.view, hits, stanceOf, collapsed);
  const { view, rows } = model;
  const navigate = store.navigate;
  const go = useCallback((next: ViewState) => navigate(next), [navigate]);
  const { copyLink, error: copyError } = useCopyLink(view, toast.show);

  const notices = [
    ...store.notices,
    ...(loading || props.opening === true ? [] : model.notices),
    ...(props.extraNotices ?? []),
  ].filter((n) => !dismissed.has(`${n.param}:${n.message}`));
  const dismiss = (n: ViewNotice) => setDismissed((d) => new Set(d).add(`${n.param}:${n.message}`));

  // Deep link: once the rows exist, bring the `comment=` target into view (once per target).
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    const key = model.currentKey;
    if (key === null || rows.length === 0 || revealed.current === key) return;
    revealed.current = key;
    setActiveKey(key);
    listRef.current?.scrollToKey(key, { align: 'center' });
  }, [model.currentKey, rows]);

  const focusRow = useCallback((key: CommentKey | undefined, align: 'auto' | 'center') => {
    if (key === undefined) return;
    setActiveKey(key);
    listRef.current?.scrollToKey(key, { focus: true, align });
  }, []);
  const moveTo = (index: number | null) =>
    focusRow(index === null ? undefined : rows[index]?.key, 'auto');
  const activeIndex = activeKey === null ? -1 : rows.findIndex((r) => r.key === activeKey);

  useKeyboardShortcuts(
    {
      next: () => moveTo(nextRow(rows, activeIndex)),
      prev: () => moveTo(activeIndex < 0 ? nextRow(rows, -1) : prevRow(rows, activeIndex)),
      parent: () => moveTo(parentRow(rows, activeIndex)),
      nextThread: () => moveTo(nextSiblingThread(rows, activeIndex)),
      prevThread: () => moveTo(prevSiblingThread(rows, activeIndex)),
      toggle: () => {
        const row = rows[activeIndex];
        if (row?.kind === 'comment' && row.replyCount > 0) toggle(row.key);
      },
      search: () => searchRef.current?.focus(),
      help: () => setHelpOpen(true),
    },
    !helpOpen,
  );

  const hitPos = hitAt !== null && hitAt.q === view.q ? hitAt.pos : null;
  const goToHit = (delta: 1 | -1) => {
    const n = model.hitKeys.length;
    if (n === 0) return;
    const pos = hitPos === null ? (delta === 1 ? 0 : n - 1) : (hitPos + delta + n) % n;
    setHitAt({ q: view.q, pos });
    focusRow(model.hitKeys[pos], 'center');
  };
  const groups = useMemo(
    () => hitGroups(model.hitKeys, model.articlesBySlug),
    [model.hitKeys, model.articlesBySlug],
  );

  const renderStance = props.renderStance ?? plainStance;
  const { articlesBySlug, currentKey, termsOf } = model;
  const ctx = useMemo<ThreadContextValue>(
    () => ({
      articles: articlesBySlug,
      currentKey,
      termsOf,
      onToggle: toggle,
      onCollapseAncestor: collapseAncestor,
      onCopyLink: (_slug, id) => copyLink(id),
      onAuthor: (author) => go({ ...view, author, comment: null }),
      onThread: (_slug, id) => go({ ...view, thread: id, comment: id }),
      onActivate: setActiveKey,
      renderStance,
    }),
    [
      articlesBySlug,
      currentKey,
      termsOf,
      toggle,
      collapseAncestor,
      copyLink,
      go,
      view,
      renderStance,
    ],
  );

  return (
    <div className="min-h-dvh bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <a
        href="#comments"
        className="sr-only rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-800"
      >
        Skip to comments
      </a>
      <PageHeader
        q={view.q}
        // One history entry per search, not per keystroke.
        onSearch={(q) =>
          navigate({ ...view, q, comment: null }, { replace: view.q !== '' && q !== '' })
        }
        searchBusy={props.searchBusy}
        searchRef={searchRef}
        onHelp={() => setHelpOpen(true)}
        toolbar={toolbar}
      />
      <div className="mx-auto grid max-w-6xl gap-x-8 gap-y-4 px-4 py-4 md:grid-cols-[15rem_minmax(0,1fr)]">
        <aside
          aria-label="Articles and filters"
          className="md:sticky md:top-4 md:max-h-[calc(100dvh-2rem)] md:self-start md:overflow-y-auto"
        >
          {loading ? (
            <div
              aria-hidden="true"
              className="h-9 animate-pulse rounded-md bg-slate-100 md:h-64 dark:bg-slate-800"
            />
          ) : (
            <FilterPanel articles={articles} view={view} result={model.result} onChange={go} />
          )}
        </aside>
        <main id="comments" tabIndex={-1} className="min-w-0 outline-none">
          <div className="space-y-3">
            <StatusLine
              inView={model.result.inView}
              inScope={model.result.inScope}
              loading={loading ? (props.progress ?? 'Loading comments…') : null}
              partial={props.opening === true}
            />
            <AlertArea messages={[props.loadError, copyError]} />
            <NoticeArea notices={notices} onDismiss={dismiss} />
            <ActiveFilters view={view} onChange={go} />
            {view.q.trim() !== '' && !loading && (
              <HitNav
                position={hitPos}
                total={model.hitKeys.length}
                groups={groups}
                onPrev={() => goToHit(-1)}
                onNext={() => goToHit(1)}
              />
            )}
            <ListActions
              extraViews={extraViews}
              shown={extra === null ? null : extra.id}
              onShow={setShown}
              inThread={view.thread !== null}
              onLeaveThread={() => go({ ...view, thread: null })}
              onCollapseAll={() => collapseAll(rows)}
              onExpandAll={expandAll}
              disabled={loading}
            />
          </div>
          {loading ? (
            <Skeleton />
          ) : extra !== null ? (
            <div className="pt-4">
              <ErrorBoundary
                name={extra.label}
                onBack={() => setShown(null)}
                resetKeys={[view, articles]}
              >
                {extra.render({
                  articles,
                  view,
                  matches: model.result.matches,
                  stanceOf,
                  navigate: (next) => {
                    setShown(null);
                    go(next);
                  },
                  showComments: () => setShown(null),
                })}
              </ErrorBoundary>
            </div>
          ) : (
            <ErrorBoundary
              name="The comments"
              onBack={() => go(EMPTY_VIEW)}
              resetKeys={[view, articles]}
            >
              <ThreadContext value={ctx}>
                <ThreadList ref={listRef} rows={rows} articles={model.articlesBySlug} />
              </ThreadContext>
            </ErrorBoundary>
          )}
        </main>
      </div>
      <Toast message={toast.message} />
      {helpOpen && <KeyHelpDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
