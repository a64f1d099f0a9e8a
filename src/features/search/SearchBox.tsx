import type { Ref } from 'react';

/** The search field of the page contract: `<input type="search">` labelled "Search comments". */
export function SearchBox({
  value,
  onChange,
  busy,
  ref,
}: {
  value: string;
  onChange(q: string): void;
  busy: boolean;
  ref?: Ref<HTMLInputElement>;
}) {
  return (
    <div className="relative w-full">
      <label htmlFor="search" className="sr-only">
        Search comments
      </label>
      <span
        aria-hidden="true"
        className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-500 dark:text-slate-400"
      >
        ⌕
      </span>
      <input
        ref={ref}
        id="search"
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="Search comments (press /)"
        autoComplete="off"
        spellCheck={false}
        aria-busy={busy}
        className="w-full rounded-lg border border-slate-300 bg-white py-2 pr-3 pl-8 text-base text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
    </div>
  );
}
