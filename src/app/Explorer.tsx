import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { Stance, ThreadComment } from '../core/types.ts';
import { EMPTY_VIEW } from '../core/view/view-types.ts';
import { waitsForReading } from '../core/view/waits-for-reading.ts';
import { splitCommentKey, type CommentKey } from '../core/article/comment-key.ts';
import { STANCE_BADGE_ROOM } from '../features/stance/index.ts';
import { useStanceShown } from '../features/stance/index.ts';
import { useTaughtStance } from '../features/stance/index.ts';
import { useArticles } from '../features/data/index.ts';
import { useSearch } from '../features/data/index.ts';
import { ReaderTools } from '../features/open-file/index.ts';
import { useMutedWordHits, useMutes } from '../features/mute/index.ts';
import { ExplorerView } from './ExplorerView.tsx';
import { useTheme } from './useTheme.ts';
import { useWarmArticles } from './useWarmArticles.ts';
import { useViewState } from './useViewState.ts';

// The Tools menu's entries load with the menu (its first opening), not with the first view.
const YourLabels = lazy(() =>
  import('../features/stance/YourLabels.tsx').then((m) => ({ default: m.YourLabels })),
);
// Only a dump whose stance is hidden (off-topic) needs its notice.
const StanceHiddenNotice = lazy(() =>
  import('../features/stance/StanceHiddenNotice.tsx').then((m) => ({
    default: m.StanceHiddenNotice,
  })),
);
const MuteWordForm = lazy(() =>
  import('../features/mute/MuteWordForm.tsx').then((m) => ({ default: m.MuteWordForm })),
);
// Always mounted, so its chunk arrives just after the first view, long before a first relabel.
const StanceUndoToast = lazy(() =>
  import('../features/stance/StanceUndoToast.tsx').then((m) => ({ default: m.StanceUndoToast })),
);
// Stances come after the first view (the worker reads them once the page is idle): so can the
// badge's code, in their room meanwhile.
const loadStanceBadge = () => import('../features/stance/StanceBadge.tsx');
const StanceBadge = lazy(() => loadStanceBadge().then((m) => ({ default: m.StanceBadge })));
const ThemeSwitch = lazy(() =>
  import('./ThemeSwitch.tsx').then((m) => ({ default: m.ThemeSwitch })),
);

/** Connects the page to its data: the URL's view, the worker's articles and search hits. */
export function Explorer() {
  const store = useViewState();
  // Applied from the first render (no flash of the wrong theme); the switch is in the Tools menu.
  const theme = useTheme();
  // Rendered in a deferred pass, which React splits into short tasks: the comments arriving must
  // not block the page (typing, scrolling) for as long as their first render takes.
  const { articles, loaded, relevance, isPending, failures, error } = useWarmArticles(
    useDeferredValue(useArticles()),
  );
  // Search only a loaded article's index; an unknown slug in the URL searches everything.
  // While comparing (issue 15) `article` is ignored, so the search covers both compared articles.
  const slug =
    store.view.compare === null && articles.some((a) => a.slug === store.view.article)
      ? store.view.article
      : null;
  const search = useSearch(store.view.q, slug);
  const muting = useMutedWordHits(articles, useMutes().words);
  // The reader's labels, and the labels the worker learned from them: kept apart for exports.
  const overrides = useTaughtStance();
  const { overrideOf, setOverride, learnedOf } = overrides;
  const layers = useMemo(() => ({ overrideOf, learnedOf }), [overrideOf, learnedOf]);
  // Fetched with the first comments, so it is there when their stances come (not after them).
  const someLoaded = loaded.length > 0;
  useEffect(() => {
    if (someLoaded) void loadStanceBadge();
  }, [someLoaded]);
  const stanceShown = useStanceShown(relevance);
  const { isShown } = stanceShown;
  const renderStance = useCallback(
    (key: CommentKey, stance: Stance, comment: ThreadComment, pending: boolean) =>
      !isShown(splitCommentKey(key)?.slug ?? '') ? null : pending ? (
        STANCE_BADGE_ROOM
      ) : (
        <Suspense fallback={STANCE_BADGE_ROOM}>
          <StanceBadge
            stance={stance}
            override={overrideOf(key)}
            learned={learnedOf(key)}
            onOverride={(label) => setOverride(key, label)}
            author={comment.author}
            reply={comment.reply}
          />
        </Suspense>
      ),
    [overrideOf, learnedOf, setOverride, isShown],
  );

  // A dump the reader opens becomes the view (LINKS.md) as soon as its article is loaded. The
  // article may load before or after its save is confirmed, so both moments check (latest list).
  const opened = useRef<string | null>(null);
  const latest = useRef(loaded);
  const { navigate } = store;
  const showOpened = useCallback(() => {
    const article = latest.current.find((l) => l.hash === opened.current);
    if (article === undefined) return;
    opened.current = null;
    navigate({ ...EMPTY_VIEW, article: article.index.slug });
  }, [navigate]);
  useEffect(() => {
    latest.current = loaded;
    showOpened();
  }, [loaded, showOpened]);
  const onOpened = useCallback(
    (hash: string) => {
      opened.current = hash;
      showOpened();
    },
    [showOpened],
  );

  const loadError =
    error !== null
      ? `The comments could not be loaded (${error.message}). Reload the page to try again.`
      : failures.length > 0
        ? // The name is quoted like every value the app did not write: MessageText isolates it.
          failures.map((f) => `“${f.source.name}”: ${f.error.message}`).join(' ')
        : search.error !== null
          ? `Search failed (${search.error.message}). Change the search to try again.`
          : overrides.error !== null
            ? `Your stance labels could not be saved: ${overrides.error}`
            : muting.error !== null
              ? `Your muted words could not be applied (${muting.error.message}). Reload the page to try again.`
              : null;
  // Held back, not shown unmuted, until the muted words are found (their code loads when needed).
  const loading =
    (isPending && articles.length === 0 && error === null) ||
    waitsForReading(store.view, articles) ||
    muting.hits === null;

  return (
    <>
      <ExplorerView
        articles={loading ? null : articles}
        opening={isPending}
        loadError={loadError}
        hits={search.hits}
        mutedWordHits={muting.hits ?? undefined}
        searchPending={search.pending}
        searchBusy={search.isFetching}
        store={store}
        stance={layers}
        renderStance={renderStance}
        extraNotices={
          overrides.notice === null
            ? []
            : [{ param: 'stance-overrides', message: overrides.notice }]
        }
        toolbar={(derived, resultSlot) => (
          <ReaderTools derived={derived} resultTarget={resultSlot} onOpened={onOpened}>
            <YourLabels
              loaded={loaded}
              onOpenComment={(article, comment) => navigate({ ...EMPTY_VIEW, article, comment })}
            />
            <MuteWordForm />
            <ThemeSwitch choice={theme.choice} onChange={theme.setChoice} />
          </ReaderTools>
        )}
        stanceHidden={stanceShown.hidden}
        beforeList={
          stanceShown.hidden.size > 0 && (
            <Suspense fallback={null}>
              <StanceHiddenNotice
                articles={articles}
                hidden={stanceShown.hidden}
                only={slug}
                onShow={stanceShown.show}
              />
            </Suspense>
          )
        }
      />
      <Suspense fallback={null}>
        <StanceUndoToast />
      </Suspense>
    </>
  );
}
