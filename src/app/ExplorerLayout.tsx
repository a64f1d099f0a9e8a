import { lazy, Suspense, useState, type ReactNode, type Ref } from 'react';
import type { DerivedView } from '../core/view/derived-view.ts';
import { repliesPendingIn } from '../core/view/waits-for-reading.ts';
import type { ViewNotice, ViewState } from '../core/view/view-types.ts';
import type { ArticleIndex } from '../core/article/article-index.ts';
import { AlertArea } from './AlertArea.tsx';
import { FilterPanel, filterCount } from './FilterPanel.tsx';
import { ListActions } from './ListActions.tsx';
import { PageHeader } from './PageHeader.tsx';
import { Skeleton } from './Skeleton.tsx';
import type { MutedListProps } from '../features/mute/index.ts';
import { StatusLine } from './StatusLine.tsx';

// Loaded on first use, not part of the first view: the hit navigation with the first search, the
// phone's filter sheet with the first tap on Filters.
const HitNav = lazy(() =>
  import('../features/search/HitNav.tsx').then((m) => ({ default: m.HitNav })),
);
const FilterSheet = lazy(() =>
  import('./FilterSheet.tsx').then((m) => ({ default: m.FilterSheet })),
);
// Likewise the chips with "Clear all" (fetched after the first render), the muted list once
// someone is muted.
const NoticeArea = lazy(() => import('./NoticeArea.tsx').then((m) => ({ default: m.NoticeArea })));
const ActiveFilters = lazy(() =>
  import('../features/filters/ActiveFilters.tsx').then((m) => ({ default: m.ActiveFilters })),
);
const MutedList = lazy(() =>
  import('../features/mute/MutedList.tsx').then((m) => ({ default: m.MutedList })),
);

export interface ExplorerLayoutProps {
  readonly derived: DerivedView;
  readonly articles: readonly ArticleIndex[];
  readonly loading: boolean;
  /** Some dump is still opening: the count is not final yet. */
  readonly opening: boolean;
  readonly alerts: ReadonlyArray<string | null>;
  readonly notices: readonly ViewNotice[];
  onDismiss(notice: ViewNotice): void;
  readonly beforeList: ReactNode;
  onNavigate(next: ViewState, opts?: { replace?: boolean }): void;
  readonly searchBusy: boolean;
  readonly searchRef: Ref<HTMLInputElement>;
  onHelp(): void;
  readonly toolbar: ReactNode;
  /** Given the place above the comments where what a file opened as goes. */
  readonly onResultSlot: (slot: HTMLElement | null) => void;
  readonly hitPosition: number | null;
  onPrevHit(): void;
  onNextHit(): void;
  readonly muted: MutedListProps;
  onCollapseAll(): void;
  onExpandAll(): void;
  readonly children: ReactNode;
}

/** The page's frame around the list: header, sidebar, the count, notices, chips and hit navigation. */
export function ExplorerLayout(props: ExplorerLayoutProps) {
  const { derived, loading, onNavigate: go, onResultSlot } = props;
  const { view, result } = derived;
  const [sheet, setSheet] = useState(false);
  const narrowing = filterCount(view);
  const panel = (
    <FilterPanel
      articles={props.articles}
      view={view}
      result={result}
      stanceHidden={derived.stanceHiddenInScope}
      onChange={go}
    />
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
        onSearch={(q) => go({ ...view, q, comment: null }, { replace: view.q !== '' && q !== '' })}
        searchBusy={props.searchBusy}
        searchRef={props.searchRef}
        onHelp={props.onHelp}
        toolbar={props.toolbar}
        filters={
          <button
            type="button"
            aria-haspopup="dialog"
            aria-expanded={sheet}
            disabled={loading}
            onClick={() => setSheet(true)}
            className="min-h-10 shrink-0 rounded-lg border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 md:hidden dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Filters
            {narrowing > 0 && (
              <span className="ml-1 rounded-full bg-sky-700 px-1.5 text-xs text-white dark:bg-sky-300 dark:text-slate-900">
                {narrowing}
              </span>
            )}
          </button>
        }
        hitNav={
          view.q.trim() !== '' && !loading ? (
            <Suspense fallback={null}>
              <HitNav
                position={props.hitPosition}
                hitKeys={derived.hitKeys}
                articles={derived.articlesBySlug}
                onPrev={props.onPrevHit}
                onNext={props.onNextHit}
                searching={derived.searching}
              />
            </Suspense>
          ) : null
        }
      />
      <div className="mx-auto grid max-w-6xl gap-x-8 gap-y-3 px-3 py-3 sm:px-4 md:grid-cols-[15rem_minmax(0,1fr)]">
        {/* Wide screens only: a phone has the Filters sheet instead, so the comments come first. */}
        <aside
          aria-label="Articles and filters"
          className="hidden md:sticky md:block md:top-[calc(var(--header-h,0px)+1rem)] md:max-h-[calc(100dvh-var(--header-h,0px)-2rem)] md:self-start md:overflow-y-auto"
        >
          {loading ? (
            <div
              aria-hidden="true"
              className="h-64 animate-pulse rounded-md bg-slate-100 dark:bg-slate-800"
            />
          ) : // One panel at a time: the sheet's controls must not share ids with hidden twins.
          sheet ? null : (
            panel
          )}
        </aside>
        {sheet && !loading && (
          <Suspense fallback={null}>
            <FilterSheet onClose={() => setSheet(false)}>{panel}</FilterSheet>
          </Suspense>
        )}
        <main id="comments" tabIndex={-1} className="min-w-0 outline-none">
          <div className="space-y-2">
            <StatusLine
              inView={result.inView}
              inScope={result.inScope}
              partial={props.opening}
              threading={repliesPendingIn(view, props.articles)}
              searching={derived.searching}
              loading={loading}
            />
            <AlertArea messages={props.alerts} />
            {/* What a file opened as (OpenFile portals it here): it scrolls away with the page. */}
            <div ref={onResultSlot} className="empty:hidden" />
            {/* Always mounted as well (nothing without a notice): a link's notices are rare. */}
            <Suspense fallback={null}>
              <NoticeArea notices={props.notices} onDismiss={props.onDismiss} />
            </Suspense>
            {props.beforeList}
            {/* Always mounted (it renders nothing without a filter): its chunk arrives after the
                first view, and the chips then appear with the filter, never a moment later under
                the reader's pointer. */}
            <Suspense fallback={null}>
              <ActiveFilters view={view} onChange={go} />
            </Suspense>
            {props.muted.names.length + props.muted.words.length > 0 && (
              <Suspense fallback={null}>
                <MutedList {...props.muted} />
              </Suspense>
            )}
            <ListActions
              mode={view.compare === null ? view.mode : null}
              onMode={(mode) => go({ ...view, mode, compare: null })}
              inThread={view.thread !== null}
              onLeaveThread={() => go({ ...view, thread: null })}
              onCollapseAll={props.onCollapseAll}
              onExpandAll={props.onExpandAll}
              disabled={loading}
            />
          </div>
          <div className="pt-2">{loading ? <Skeleton /> : props.children}</div>
        </main>
      </div>
    </div>
  );
}
