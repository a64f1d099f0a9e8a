import type { ReactNode } from 'react';

/**
 * The row of page-level actions under the search box. `children` is the slot for other features
 * (open a file, export); keep each one a small self-contained control.
 */
export function Toolbar({ children }: { children?: ReactNode }) {
  return (
    <div role="group" aria-label="Actions" className="flex flex-wrap items-center gap-2">
      {children}
    </div>
  );
}
