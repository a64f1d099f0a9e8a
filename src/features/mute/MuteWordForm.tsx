import { useEffect, useState, type FormEvent } from 'react';
import { loadMutedWords } from './use-muted-word-hits.ts';
import { useMutes } from './use-mutes.ts';

const BUTTON =
  'min-h-6 rounded-full border border-slate-300 px-2 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * "Mute a word or phrase", in the Tools menu: comments that mention it leave the view and its
 * counts (whole words, as search matches them); the muted list above the comments undoes it.
 */
export function MuteWordForm() {
  const { muteWord } = useMutes();
  const [word, setWord] = useState('');
  // A failure shows where the words are applied (useMutedWordHits), not here.
  useEffect(() => void loadMutedWords().catch(() => undefined), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (word.trim() === '') return;
    muteWord(word.trim());
    setWord('');
  };
  return (
    <form
      onSubmit={submit}
      className="flex flex-wrap items-center gap-1 border-t border-slate-200 pt-2 text-sm dark:border-slate-700"
    >
      <label className="flex min-w-0 flex-wrap items-center gap-1">
        <span>Mute a word or phrase</span>
        <input
          value={word}
          onChange={(e) => setWord(e.target.value)}
          maxLength={100}
          className="min-h-6 w-40 max-w-full rounded border border-slate-400 bg-white px-1 dark:bg-slate-900"
        />
      </label>
      <button type="submit" className={BUTTON}>
        Mute
      </button>
    </form>
  );
}
