/**
 * A short message at the bottom of the screen ("Link copied"). It is a polite live region, rendered
 * after the comment count in the DOM so the count stays the page's first status element.
 */
export function Toast({ message }: { message: string | null }) {
  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4"
    >
      {message !== null && (
        <p className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-950">
          {message}
        </p>
      )}
    </div>
  );
}
