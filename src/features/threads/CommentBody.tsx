import { Highlighted } from '../search/Highlighted.tsx';

/** Splits a body on blank lines into paragraphs; single line breaks stay as breaks inside one. */
export function CommentBody({ body, terms }: { body: string; terms: readonly string[] }) {
  const paragraphs = body.split(/\n[ \t]*\n+/).filter((p) => p.trim() !== '');
  return (
    <div className="max-w-[70ch] space-y-2 leading-relaxed break-words whitespace-pre-line">
      {paragraphs.map((p, i) => (
        <p key={i}>
          <Highlighted text={p} terms={terms} />
        </p>
      ))}
    </div>
  );
}
