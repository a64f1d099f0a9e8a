import { useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import { SearchBox } from '../features/search/index.ts';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useTheme } from './useTheme.ts';

/**
 * The sticky top bar: name, search field with its hit navigation, keyboard help, theme switch and
 * the tools. Its height is published as `--header-h` so jumps land below it, not under it.
 */
export function PageHeader({
  q,
  onSearch,
  searchBusy,
  searchRef,
  onHelp,
  toolbar,
  hitNav,
}: {
  q: string;
  onSearch(q: string): void;
  searchBusy: boolean;
  searchRef: Ref<HTMLInputElement>;
  onHelp(): void;
  toolbar: ReactNode;
  hitNav: ReactNode;
}) {
  const theme = useTheme();
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const publish = () =>
      document.documentElement.style.setProperty('--header-h', `${el.offsetHeight}px`);
    publish();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <header
      ref={ref}
      className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-700 dark:bg-slate-900/95"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-4">
        <h1 className="text-base font-semibold tracking-tight sm:text-lg">Thread Explorer</h1>
        <div className="order-last w-full md:order-none md:w-auto md:flex-1">
          <SearchBox ref={searchRef} value={q} busy={searchBusy} onChange={onSearch} />
        </div>
        <div className="ml-auto flex items-center gap-2 md:ml-0">
          <button
            type="button"
            onClick={onHelp}
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            className="inline-flex size-8 items-center justify-center rounded-md text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            ?
          </button>
          <ThemeSwitch choice={theme.choice} onChange={theme.setChoice} />
        </div>
        {hitNav !== null && <div className="order-last w-full">{hitNav}</div>}
        <div className="order-last w-full empty:hidden">
          <Toolbar>{toolbar}</Toolbar>
        </div>
      </div>
    </header>
  );
}
