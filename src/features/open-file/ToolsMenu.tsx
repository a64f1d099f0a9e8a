import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A disclosure menu: a button with aria-expanded and a panel under it. Escape closes it and puts
 * focus back on the button; a press outside closes it. The panel stays mounted while closed (only
 * hidden), so what its tools are doing (an export's result, a dialog's text) is kept.
 */
export function ToolsMenu({
  label,
  open,
  onOpenChange,
  children,
}: {
  label: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
}) {
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (e.target instanceof Node && wrap.current?.contains(e.target) !== true)
        onOpenChange(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, onOpenChange]);
  return (
    <div
      ref={wrap}
      className="relative"
      onKeyDown={(e) => {
        // A dialog opened from the menu handles its own Escape first (and prevents the default).
        if (e.key !== 'Escape' || !open || e.defaultPrevented) return;
        e.preventDefault();
        onOpenChange(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => onOpenChange(!open)}
        className="inline-flex min-h-8 items-center gap-1 rounded-md px-2 text-sm text-slate-700 hover:bg-slate-100 aria-expanded:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-expanded:bg-slate-700"
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div
        id={id}
        role="group"
        aria-label={label}
        hidden={!open}
        className="absolute top-full right-0 z-40 mt-1 w-72 max-w-[calc(100vw-1.5rem)] rounded-lg border border-slate-300 bg-white p-3 text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        <div className="flex flex-col gap-2">{children}</div>
      </div>
    </div>
  );
}
