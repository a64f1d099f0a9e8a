import { useId, useState, type FormEvent } from 'react';
import { isolate } from '../../shared/text/isolate.ts';
import type { CompareWithProps } from './CompareWith.tsx';

const CONTROL =
  'min-h-6 w-full rounded border border-slate-400 bg-white px-1 py-0.5 text-sm dark:border-slate-500 dark:bg-slate-900';

/** The picker inside "Compare with…": two articles and a button; loaded when it is first opened. */
export function CompareForm({ articles, from, onCompare }: CompareWithProps) {
  const id = useId();
  const first = articles.some((a) => a.slug === from) ? from : (articles[0]?.slug ?? null);
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  if (articles.length < 2 || first === null) return null;
  const sideA = a ?? first;
  const sideB = b ?? articles.find((x) => x.slug !== sideA)?.slug ?? sideA;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (sideA !== sideB) onCompare(sideA, sideB);
  };
  const options = articles.map((x) => (
    <option key={x.slug} value={x.slug}>
      {isolate(x.doc.article.title)}
    </option>
  ));
  return (
    <form onSubmit={submit} className="mt-2 space-y-2 px-2">
      <label className="block" htmlFor={`${id}-a`}>
        Compare
      </label>
      <select
        id={`${id}-a`}
        value={sideA}
        onChange={(e) => setA(e.target.value)}
        className={CONTROL}
      >
        {options}
      </select>
      <label className="block" htmlFor={`${id}-b`}>
        with
      </label>
      <select
        id={`${id}-b`}
        value={sideB}
        onChange={(e) => setB(e.target.value)}
        className={CONTROL}
      >
        {options}
      </select>
      {sideA === sideB && (
        <p className="text-slate-700 dark:text-slate-300">Pick two different articles.</p>
      )}
      <button
        type="submit"
        disabled={sideA === sideB}
        className="min-h-6 rounded border border-slate-400 px-2 py-1 font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800"
      >
        Compare side by side
      </button>
    </form>
  );
}
