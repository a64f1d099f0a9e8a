/** The full-page hint shown while a file is held over the page. */
export function DropHint() {
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center border-4 border-dashed border-sky-600 bg-sky-50/80 text-lg font-semibold text-sky-900 dark:bg-sky-950/80 dark:text-sky-100"
    >
      Drop a comment dump to open it
    </div>
  );
}
