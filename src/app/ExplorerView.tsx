import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { documentStance } from '../core/apply-view.ts';
import { splitCommentKey } from '../core/comment-key.ts';
import {
  nextRow,
  nextSiblingThread,
  parentRow,
  prevRow,
  prevSiblingThread,
} from '../core/row-navigation.ts';
import type { SearchHit } from '../core/search-index.ts';
import type { Stance, StanceLabel, ThreadComment } from '../core/types.ts';
import {
  EMPTY_VIEW,
  type ArticleIndex,
  type CommentKey,
  type ViewNotice,
} from '../core/view-types.ts';
import { ErrorBoundary } from '../features/errors/ErrorBoundary.tsx';
import { ActiveFilters } from '../features/filters/ActiveFilters.tsx';
import { KeyHelpDialog } from '../features/keyboard/KeyHelpDialog.tsx';
import { useKeyboardShortcuts } from '../features/keyboard/useKeyboardShortcuts.ts';
import { HitNav } from '../features/search/HitNav.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { commentLink } from '../features/share/comment-link.ts';
import { copyText } from '../features/share/copy-text.ts';
import { Toast } from '../features/share/Toast.tsx';
import { useToast } from '../features/share/useToast.ts';
import { ThreadContext, type ThreadContextValue } from '../features/threads/thread-context.ts';
import { ThreadList, type ThreadListHandle } from '../features/threads/ThreadList.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { NoticeArea } from './NoticeArea.tsx';
import { Skeleton } from './Skeleton.tsx';
import { StatusLine } from './StatusLine.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import { Toolbar } from './Toolbar.tsx';
import type { ExtraView } from './extra-view.ts';
import { ViewSwitch } from './ViewSwitch.tsx';
import { useExplorerModel } from './useExplorerModel.ts';
import { useTheme } from './useTheme.ts';
import type { ViewStore } from './useViewState.ts';

export interface ExplorerViewProps {
  /** Null while the worker parses; the page keeps its layout and shows a skeleton. */
  articles: readonly ArticleIndex[] | null;
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
const NO_COLLAPSED: ReadonlySet<CommentKey> = new Set();

function plainStance(_key: CommentKey, stance: Stance): ReactNode {
  return <span className="text-xs text-slate-700 dark:text-slate-300">{stance.label}</span>;
}

/** The explorer page, from loaded data and the URL's view (hooks that fetch live in Explorer). */
export function ExplorerView(props: ExplorerViewProps) {
  const { store, hits, toolbar } = props;
  const articles = props.articles ?? NO_ARTICLES;
  const [collapsed, setCollapsed] = useState<ReadonlySet<CommentKey>>(NO_COLLAPSED);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [activeKey, setActiveKey] = useState<CommentKey | null>(null);
  // The hit the reader moved to, for the search it belongs to: a new search starts before its first.
  const [hitAt, setHitAt] = useState<{ q: string; pos: number } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const extraViews = props.extraViews ?? [];
  const extra = extraViews.find((v) => v.id === shown) ?? null;
  const toast = useToast();
  const theme = useTheme();
  const listRef = useRef<ThreadListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const defaultStance = useMemo(() => documentStance(articles), [articles]);
  const stanceOf = props.stanceOf ?? defaultStance;
  const model = useExplorerModel(articles, store.view, hits, stanceOf, collapsed);
  const { view, rows } = model;
  const navigate = store.navigate;
  const go = useCallback((next: typeof view) => navigate(next), [navigate]);

  const notices = [
    ...store.notices,
    ...(props.articles === null ? [] : model.notices),
    ...(props.extraNotices ?? []),
  ].filter((n) => !dismissed.has(`${n.param}:${n.message}`));

  // Deep link: once the rows exist, bring the `comment=` target into view (once per target).
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    const key = model.currentKey;
    if (key === null || rows.length === 0 || revealed.current === key) return;
    revealed.current = key;
    setActiveKey(key);
    listRef.current?.scrollToKey(key, { align: 'center' });
  }, [model.currentKey, rows]);

  const moveTo = useCallback(
    (index: number | null) => {
      if (index === null) return;
      const row = rows[index];
      if (row === undefined) return;
      setActiveKey(row.key);
      listRef.current?.scrollToKey(row.key, { focus: true, align: 'auto' });
    },
    [rows],
  );
  const activeIndex = activeKey === null ? -1 : rows.findIndex((r) => r.key === activeKey);

  const toggle = useCallback((key: CommentKey) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const collapseAncestor = useCallback((key: CommentKey) => {
    setCollapsed((prev) => new Set(prev).add(key));
    // The ancestor may be above the screen: bring it back so the reader sees what closed.
    requestAnimationFrame(() => {
      const el = document.querySelector(`[data-key="${CSS.escape(key)}"]`);
      if (el === null || el.getBoundingClientRect().top < 0) {
        listRef.current?.scrollToKey(key, { align: 'auto', focus: true });
      }
    });
  }, []);

  const collapseAll = () => {
    const keys = new Set<CommentKey>();
    for (const r of rows) if (r.kind === 'comment' && r.replyCount > 0) keys.add(r.key);
    for (const key of collapsed) keys.add(key);
    setCollapsed(keys);
  };

  const copyLink = useCallback(
    (_slug: string, id: string) => {
      const base = window.location.origin + window.location.pathname;
      const link = commentLink(base, view, id);
      void copyText(link).then((ok) => {
        if (ok) {
          setAlert(null);
          toast.show('Link copied');
        } else {
          setAlert(`Could not copy the link. Copy it by hand: ${link}`);
        }
      });
    },
    [view, toast],
  );

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
    const key = model.hitKeys[pos];
    if (key === undefined) return;
    setActiveKey(key);
    listRef.current?.scrollToKey(key, { focus: true, align: 'center' });
  };

  const hitGroups = useMemo(() => {
    const counts = new Map<string, number>();
    for (const key of model.hitKeys) {
      const slug = splitCommentKey(key)?.slug ?? '';
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    return [...counts].map(([slug, count]) => ({
      slug,
      count,
      title: model.articlesBySlug.get(slug)?.doc.article.title ?? slug,
    }));
  }, [model.hitKeys, model.articlesBySlug]);

  const renderStance = props.renderStance ?? plainStance;
  const ctx = useMemo<ThreadContextValue>(
    () => ({
      articles: model.articlesBySlug,
      currentKey: model.currentKey,
      termsOf: model.termsOf,
      onToggle: toggle,
      onCollapseAncestor: collapseAncestor,
      onCopyLink: copyLink,
      onAuthor: (author) => go({ ...view, author, comment: null }),
      onThread: (_slug, id) => go({ ...view, thread: id, comment: id }),
      onActivate: setActiveKey,
      renderStance,
    }),
    [
      model.articlesBySlug,
      model.currentKey,
      model.termsOf,
      toggle,
      collapseAncestor,
      copyLink,
      go,
      view,
      renderStance,
    ],
  );

  const loading = props.articles === null;
  const dismiss = (n: ViewNotice) => setDismissed((d) => new Set(d).add(`${n.param}:${n.message}`));

  return (
    <div className="min-h-dvh bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <a
        href="#comments"
        className="sr-only rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-800"
      >
        Skip to comments
      </a>
      <header className="border-b border-slate-200 dark:border-slate-700">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3">
          <h1 className="text-lg font-semibold tracking-tight">Thread Explorer</h1>
          <div className="order-last w-full md:order-none md:w-auto md:flex-1">
            <SearchBox
              ref={searchRef}
              value={view.q}
              busy={props.searchBusy}
              onChange={(q) =>
                // One history entry per search, not per keystroke.
                navigate({ ...view, q, comment: null }, { replace: view.q !== '' && q !== '' })
              }
            />
          </div>
          <div className="ml-auto flex items-center gap-2 md:ml-0">
            <button
              type="button"
              onClick={() => setHelpOpen(true)}
              aria-label="Keyboard shortcuts"
              title="Keyboard shortcuts (?)"
              className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              ?
            </button>
            <ThemeSwitch choice={theme.choice} onChange={theme.setChoice} />
          </div>
          <div className="order-last w-full empty:hidden">
            <Toolbar>{toolbar}</Toolbar>
          </div>
        </div>
      </header>
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
            />
            <div role="alert" className="empty:hidden">
              {props.loadError !== null && (
                <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-50">
                  {props.loadError}
                </p>
              )}
              {alert !== null && (
                <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm break-all text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-50">
                  {alert}
                </p>
              )}
            </div>
            <NoticeArea notices={notices} onDismiss={dismiss} />
            <ActiveFilters view={view} onChange={go} />
            {view.q.trim() !== '' && !loading && (
              <HitNav
                position={hitPos}
                total={model.hitKeys.length}
                groups={hitGroups}
                onPrev={() => goToHit(-1)}
                onNext={() => goToHit(1)}
              />
            )}
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              {extraViews.length > 0 && (
                <ViewSwitch views={extraViews} shown={shown} onShow={setShown} />
              )}
              {extra === null && (
                <div className="flex flex-wrap gap-2 text-sm">
                  {view.thread !== null && (
                    <button
                      type="button"
                      onClick={() => go({ ...view, thread: null })}
                      className="rounded-md border border-slate-300 px-2 py-0.5 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                    >
                      ← Back to all comments
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={collapseAll}
                    disabled={loading}
                    className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    Collapse all
                  </button>
                  <button
                    type="button"
                    onClick={() => setCollapsed(NO_COLLAPSED)}
                    disabled={loading}
                    className="rounded-md border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    Expand all
                  </button>
                </div>
              )}
            </div>
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
