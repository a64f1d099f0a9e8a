import { useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import { SearchBox } from '../features/search/index.ts';

/**
 * The sticky top bar, one line on a wide screen and two on a phone: the name, the keyboard help and
 * the Tools menu; the search field with (on a phone) the Filters button; the hit navigation while
 * searching. Its height is published as `--header-h` so jumps land below it, not under it.
 */
export function PageHeader({
  q,
  onSearch,
  searchBusy,
  searchRef,
  onHelp,
  toolbar,
  hitNav,
  filters,
}: {
  q: string;
  onSearch(q: string): void;
  searchBusy: boolean;
  searchRef: Ref<HTMLInputElement>;
  onHelp(): void;
  toolbar: ReactNode;
  hitNav: ReactNode;
  /** The phone's "Filters" button (hidden on wide screens, where the sidebar shows them). */
  filters: ReactNode;
}) {
  const ref = useRef<HTMLElement>(null);
  // Read when the ResizeObserver reports (as it starts observing, then on each change of size),
  // after the browser's own layout, so reading it forces nothing. Read as the header mounted, it
  // forced a layout of the whole first view inside React's commit: about 140 ms of the first
  // view's longest task at Lighthouse's 4× slowdown.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      document.documentElement.style.setProperty('--header-h', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <header
      ref={ref}
      className="sticky top-0 z-30 border-b border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      {/* `relative`: the Tools menu's notices hang under this bar, over the page, not in its flow. */}
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1.5 px-3 py-1.5 sm:px-4 md:py-2">
        <h1 className="text-base font-semibold tracking-tight sm:text-lg">Thread Explorer</h1>
        <div className="order-last flex w-full items-center gap-2 md:order-none md:w-auto md:flex-1">
          <div className="min-w-0 flex-1">
            <SearchBox ref={searchRef} value={q} busy={searchBusy} onChange={onSearch} />
          </div>
          {filters}
        </div>
        <div className="ml-auto flex items-center gap-1 md:ml-0">
          <button
            type="button"
            onClick={onHelp}
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            className="inline-flex size-8 items-center justify-center rounded-md text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            ?
          </button>
          {toolbar}
        </div>
        {hitNav !== null && <div className="order-last w-full">{hitNav}</div>}
      </div>
    </header>
  );
}
