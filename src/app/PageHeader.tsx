import type { ReactNode, Ref } from 'react';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useTheme } from './useTheme.ts';

/** The top bar: name, search field, keyboard help, theme switch and the toolbar slot. */
export function PageHeader({
  q,
  onSearch,
  searchBusy,
  searchRef,
  onHelp,
  toolbar,
}: {
  q: string;
  onSearch(q: string): void;
  searchBusy: boolean;
  searchRef: Ref<HTMLInputElement>;
  onHelp(): void;
  toolbar: ReactNode;
}) {
  const theme = useTheme();
  return (
    <header className="border-b border-slate-200 dark:border-slate-700">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3">
        <h1 className="text-lg font-semibold tracking-tight">Thread Explorer</h1>
        <div className="order-last w-full md:order-none md:w-auto md:flex-1">
          <SearchBox ref={searchRef} value={q} busy={searchBusy} onChange={onSearch} />
        </div>
        <div className="ml-auto flex items-center gap-2 md:ml-0">
          <button
            type="button"
            onClick={onHelp}
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
  );
}
