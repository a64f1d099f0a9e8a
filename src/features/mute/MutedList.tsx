import { plural } from '../../core/text/plural.ts';

export interface MutedListProps {
  readonly names: readonly string[];
  readonly words: readonly string[];
  /** Comments in the current scope that the mutes leave out. */
  readonly hidden: number;
  onUnmute(name: string): void;
  onUnmuteWord(word: string): void;
}

const CHIP =
  'min-h-6 rounded-full border border-slate-300 px-2 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * "2 commenters and 1 word muted (5 comments hidden)" with an "Unmute …" button for each: muting is
 * never a dead end. Words are muted from the Tools menu (MuteWordForm), out of reading's way.
 */
export function MutedList({ names, words, hidden, onUnmute, onUnmuteWord }: MutedListProps) {
  const what = [
    names.length > 0 ? plural(names.length, 'commenter') : null,
    words.length > 0 ? plural(words.length, 'word') : null,
  ].filter((s) => s !== null);
  return (
    <section
      aria-label="Muted commenters and words"
      className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300"
    >
      <span>
        {what.join(' and ')} muted ({plural(hidden, 'comment')} hidden):
      </span>
      <ul className="flex flex-wrap gap-1">
        {names.map((name) => (
          <li key={`n-${name}`}>
            <button type="button" onClick={() => onUnmute(name)} className={CHIP}>
              Unmute <bdi>{name}</bdi>
            </button>
          </li>
        ))}
        {words.map((word) => (
          <li key={`w-${word}`}>
            <button type="button" onClick={() => onUnmuteWord(word)} className={CHIP}>
              Unmute “<bdi>{word}</bdi>”
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
