import type { ReactNode, Ref } from 'react';
import type { DerivedView } from '../core/view/derive-view.ts';
import type { ViewNotice, ViewState } from '../core/view/view-types.ts';
import type { ArticleIndex } from '../core/article/article-index.ts';
import { ActiveFilters } from '../features/filters/index.ts';
import { MutedList, type MutedListProps } from '../features/mute/index.ts';
import { hitGroups } from '../features/search/index.ts';
import { HitNav } from '../features/search/index.ts';
import { AlertArea } from './AlertArea.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { ListActions } from './ListActions.tsx';
import { NoticeArea } from './NoticeArea.tsx';
import { PageHeader } from './PageHeader.tsx';
import { Skeleton } from './Skeleton.tsx';
import { StatusLine } from './StatusLine.tsx';

export interface ExplorerLayoutProps {
  readonly derived: DerivedView;
  readonly articles: readonly ArticleIndex[];
  readonly loading: boolean;
  /** Some dump is still opening: the count is not final yet. */
  readonly opening: boolean;
  readonly progress: string | null;
  readonly alerts: ReadonlyArray<string | null>;
  readonly notices: readonly ViewNotice[];
  onDismiss(notice: ViewNotice): void;
  readonly beforeList: ReactNode;
  onNavigate(next: ViewState, opts?: { replace?: boolean }): void;
  readonly searchBusy: boolean;
  readonly searchRef: Ref<HTMLInputElement>;
  onHelp(): void;
  readonly toolbar: ReactNode;
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
  const { derived, loading, onNavigate: go } = props;
  const { view, result } = derived;
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
        hitNav={
          view.q.trim() !== '' && !loading ? (
            <HitNav
              position={props.hitPosition}
              total={derived.hitKeys.length}
              groups={hitGroups(derived.hitKeys, derived.articlesBySlug)}
              onPrev={props.onPrevHit}
              onNext={props.onNextHit}
            />
          ) : null
        }
      />
      <div className="mx-auto grid max-w-6xl gap-x-8 gap-y-3 px-3 py-3 sm:px-4 md:grid-cols-[15rem_minmax(0,1fr)]">
        <aside
          aria-label="Articles and filters"
          className="md:sticky md:top-[calc(var(--header-h,0px)+1rem)] md:max-h-[calc(100dvh-var(--header-h,0px)-2rem)] md:self-start md:overflow-y-auto"
        >
          {loading ? (
            <div
              aria-hidden="true"
              className="h-9 animate-pulse rounded-md bg-slate-100 md:h-64 dark:bg-slate-800"
            />
          ) : (
            <FilterPanel articles={props.articles} view={view} result={result} onChange={go} />
          )}
        </aside>
        <main id="comments" tabIndex={-1} className="min-w-0 outline-none">
          <div className="space-y-2">
            <StatusLine
              inView={result.inView}
              inScope={result.inScope}
              partial={props.opening}
              loading={loading ? (props.progress ?? 'Loading comments…') : null}
            />
            <AlertArea messages={props.alerts} />
            <NoticeArea notices={props.notices} onDismiss={props.onDismiss} />
            {props.beforeList}
            <ActiveFilters view={view} onChange={go} />
            <MutedList {...props.muted} />
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
