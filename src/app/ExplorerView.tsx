import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { MACHINE_ONLY, type StanceLayers } from '../core/stance/effective-stance.ts';
import type { SearchHits } from '../core/search/search-hits.ts';
import type { DerivedView, ViewInputs } from '../core/view/derived-view.ts';
import type { ViewNotice } from '../core/view/view-types.ts';
import type { ArticleIndex } from '../core/article/article-index.ts';
import type { CommentKey } from '../core/article/comment-key.ts';
import { useNotices } from '../features/errors/index.ts';
import { useKeyboardShortcuts } from '../features/keyboard/index.ts';
import { useMutes } from '../features/mute/index.ts';
import { useHitCursor } from '../features/search/index.ts';
import { Toast, useCopyLink, useToast } from '../features/share/index.ts';
import {
  ThreadContext,
  ThreadList,
  useCollapsed,
  useLanding,
  useRowFocus,
  useScrollRequest,
  useThreadActions,
  type ThreadContextValue,
  type ThreadListHandle,
} from '../features/threads/index.ts';
import { ExplorerLayout } from './ExplorerLayout.tsx';
import { ExplorerMain } from './ExplorerMain.tsx';
import { useDerivedView } from './useDerivedView.ts';
import type { ViewStore } from './useViewState.ts';

export interface ExplorerViewProps {
  /** Null while the worker parses; the page keeps its layout and shows a skeleton. */
  articles: readonly ArticleIndex[] | null;
  /** Some source is still being opened: "no such article / comment" would be said too early. */
  readonly opening?: boolean;
  /** An error the reader must see (the articles could not load). */
  loadError: string | null;
  /** Comments that mention a muted word (none by default). */
  readonly mutedWordHits?: ViewInputs['mutedWordHits'] | undefined;
  /** Hits for the view's search (the last answer while a newer one is on its way). */
  hits: SearchHits | null;
  /** The hits belong to an older search; the view's own are on their way. */
  readonly searchPending?: boolean;
  searchBusy: boolean;
  store: ViewStore;
  /** The reader's stance labels and those learned from them (none by default). */
  readonly stance?: StanceLayers;
  renderStance: ThreadContextValue['renderStance'];
  /** Other things the reader should know that need no action (discarded saved data). */
  extraNotices?: readonly ViewNotice[];
  /** Other features' tools (open, export), given the view and the slot for an opened file's result. */
  toolbar?: (derived: DerivedView, resultSlot: HTMLElement | null) => ReactNode;
  /** Shown above the list, under the notices (e.g. "Stance is hidden: …"). */
  beforeList?: ReactNode;
  /** Articles whose stance is hidden (off-topic): none by default. */
  readonly stanceHidden?: ReadonlySet<string>;
}

// The key list loads when first asked for (`?`): not part of the first view.
const KeyHelpDialog = lazy(() =>
  import('../features/keyboard/KeyHelpDialog.tsx').then((m) => ({ default: m.KeyHelpDialog })),
);

const NO_ARTICLES: readonly ArticleIndex[] = [];
const NO_HITS: ViewInputs['mutedWordHits'] = new Map();

/** The explorer page, from loaded data and the URL's view (hooks that fetch live in Explorer). */
export function ExplorerView(props: ExplorerViewProps) {
  const { store } = props;
  const articles = props.articles ?? NO_ARTICLES;
  const loading = props.articles === null;
  const listRef = useRef<ThreadListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const folds = useCollapsed();
  const mutes = useMutes();
  const toast = useToast();
  const [helpOpen, setHelpOpen] = useState(false);
  const [resultSlot, setResultSlot] = useState<HTMLElement | null>(null);
  const derived = useDerivedView({
    articles,
    urlView: store.view,
    hits: props.hits,
    hitsPending: props.searchPending === true,
    stance: props.stance ?? MACHINE_ONLY,
    muted: mutes.keys,
    mutedWordHits: props.mutedWordHits ?? NO_HITS,
    collapsed: folds.collapsed,
    stanceHidden: props.stanceHidden,
  });
  const { view, rows, articlesBySlug } = derived;
  const go = store.navigate;
  const { copyLink, error: copyError } = useCopyLink(view, toast.show);
  const jump = useScrollRequest(listRef, rows);
  const { reveal: revealIn } = folds;
  const reveal = useCallback(
    (key: CommentKey) => revealIn(articlesBySlug, key),
    [revealIn, articlesBySlug],
  );

  const ready =
    !loading && props.opening !== true && (view.q.trim() === '' || props.searchPending !== true);
  useLanding({
    arrival: store.arrival,
    ready,
    targetKey: derived.targetKey,
    listRef,
    reveal,
    jump,
  });

  // The marked comment: the link's target, until the reader moves to a hit or a parent.
  const seq = store.arrival.seq;
  const [marked, setMarked] = useState<{ seq: number; key: CommentKey } | null>(null);
  const markedKey = marked?.seq === seq ? marked.key : derived.targetKey;
  const goTo = useCallback(
    (key: CommentKey) => {
      reveal(key);
      setMarked({ seq, key });
      jump(key, { align: 'start', focus: true });
    },
    [reveal, jump, seq],
  );
  const hits = useHitCursor(derived.hitKeys, view.q, goTo);
  const focus = useRowFocus(rows, listRef, jump);
  useKeyboardShortcuts(
    {
      ...focus.keys,
      toggle: () => {
        const row = focus.active;
        if (row?.kind === 'comment') folds.toggle(row.key);
      },
      nextHit: hits.next,
      prevHit: hits.prev,
      search: () => searchRef.current?.focus(),
      help: () => setHelpOpen(true),
    },
    !helpOpen,
  );

  const { notices, dismiss } = useNotices([
    store.notices,
    loading || props.opening === true ? [] : derived.notices,
    props.extraNotices ?? [],
  ]);

  const ctx = useThreadActions({
    derived,
    markedKey,
    mutes,
    folds,
    jump,
    goTo,
    copyLink,
    announce: toast.show,
    navigate: go,
    setActive: focus.setActiveKey,
    renderStance: props.renderStance,
  });

  return (
    <ExplorerLayout
      derived={derived}
      articles={articles}
      loading={loading}
      opening={props.opening === true}
      alerts={[props.loadError, copyError]}
      notices={notices}
      onDismiss={dismiss}
      beforeList={props.beforeList ?? null}
      onNavigate={go}
      searchBusy={props.searchBusy}
      searchRef={searchRef}
      onHelp={() => setHelpOpen(true)}
      toolbar={props.toolbar?.(derived, resultSlot) ?? null}
      onResultSlot={setResultSlot}
      hitPosition={hits.position}
      onPrevHit={hits.prev}
      onNextHit={hits.next}
      muted={{
        names: mutes.names,
        words: mutes.words,
        hidden: derived.result.muted,
        onUnmute: mutes.unmute,
        onUnmuteWord: mutes.unmuteWord,
      }}
      onCollapseAll={() => folds.collapseAll(rows)}
      onExpandAll={folds.expandAll}
    >
      <ExplorerMain derived={derived} articles={articles} navigate={go}>
        <ThreadContext value={ctx}>
          <ThreadList ref={listRef} rows={rows} articles={articlesBySlug} />
        </ThreadContext>
      </ExplorerMain>
      <Toast message={toast.message} />
      {helpOpen && (
        <Suspense fallback={null}>
          <KeyHelpDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </ExplorerLayout>
  );
}
