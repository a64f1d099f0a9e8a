/**
 * "2 commenters muted (5 comments hidden)" with an "Unmute NAME" button for each: muting is never a
 * dead end. Renders nothing while nobody is muted.
 */
export function MutedList({
  names,
  hidden,
  onUnmute,
}: {
  names: readonly string[];
  /** Comments in the current scope that the mutes leave out. */
  hidden: number;
  onUnmute(name: string): void;
}) {
  if (names.length === 0) return null;
  return (
    <section
      aria-label="Muted commenters"
      className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300"
    >
      <span>
        {names.length} {names.length === 1 ? 'commenter' : 'commenters'} muted ({hidden}{' '}
        {hidden === 1 ? 'comment' : 'comments'} hidden):
      </span>
      <ul className="flex flex-wrap gap-1">
        {names.map((name) => (
          <li key={name}>
            <button
              type="button"
              onClick={() => onUnmute(name)}
              className="min-h-6 rounded-full border border-slate-300 px-2 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              Unmute <bdi>{name}</bdi>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
