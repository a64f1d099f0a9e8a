import { Highlighted } from '../search/index.ts';

/** Splits a body on blank lines into paragraphs; single line breaks stay as breaks inside one. */
export function CommentBody({ body, terms }: { body: string; terms: readonly string[] }) {
  const paragraphs = body.split(/\n[ \t]*\n+/).filter((p) => p.trim() !== '');
  return (
    <div className="max-w-[70ch] space-y-2 leading-relaxed wrap-anywhere whitespace-pre-line">
      {paragraphs.map((p, i) => (
        // dir="auto": each paragraph is its own isolated run, so an override in it stops at its end.
        <p key={i} dir="auto">
          <Highlighted text={p} terms={terms} />
        </p>
      ))}
    </div>
  );
}
