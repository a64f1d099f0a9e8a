import { useState, type FormEvent } from 'react';
import { plural } from '../../core/text/plural.ts';

export interface MutedListProps {
  readonly names: readonly string[];
  readonly words: readonly string[];
  /** Comments in the current scope that the mutes leave out. */
  readonly hidden: number;
  onUnmute(name: string): void;
  onMuteWord(word: string): void;
  onUnmuteWord(word: string): void;
}

const CHIP =
  'min-h-6 rounded-full border border-slate-300 px-2 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * "2 commenters and 1 word muted (5 comments hidden)" with an "Unmute …" button for each: muting is
 * never a dead end. Below it, a folded "Mute a word" form, so the tool stays out of reading's way.
 */
export function MutedList(props: MutedListProps) {
  const { names, words, hidden, onUnmute, onUnmuteWord } = props;
  const any = names.length + words.length > 0;
  const what = [
    names.length > 0 ? plural(names.length, 'commenter') : null,
    words.length > 0 ? plural(words.length, 'word') : null,
  ].filter((s) => s !== null);
  return (
    <section
      aria-label="Muted commenters and words"
      className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300"
    >
      {any && (
        <>
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
        </>
      )}
      <MuteWordForm onMuteWord={props.onMuteWord} />
    </section>
  );
}

function MuteWordForm({ onMuteWord }: { onMuteWord(word: string): void }) {
  const [word, setWord] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (word.trim() === '') return;
    onMuteWord(word.trim());
    setWord('');
  };
  return (
    <details className="ml-auto">
      <summary className="inline-flex min-h-6 cursor-pointer items-center rounded px-1 text-slate-600 hover:underline dark:text-slate-400">
        Mute a word
      </summary>
      <form onSubmit={submit} className="mt-1 flex flex-wrap items-center gap-1">
        <label className="flex items-center gap-1">
          <span>Word or phrase</span>
          <input
            value={word}
            onChange={(e) => setWord(e.target.value)}
            maxLength={100}
            className="min-h-6 w-40 max-w-full rounded border border-slate-400 bg-white px-1 dark:bg-slate-900"
          />
        </label>
        <button type="submit" className={CHIP}>
          Mute
        </button>
      </form>
    </details>
  );
}
