import { DumpParagraphs } from '../../shared/text/DumpParagraphs.tsx';
import { Highlighted } from '../search/index.ts';

/** A comment's paragraphs, with the search's terms marked. */
export function CommentBody({ body, terms }: { body: string; terms: readonly string[] }) {
  return (
    <div className="max-w-[70ch] space-y-2 leading-relaxed wrap-anywhere whitespace-pre-line">
      <DumpParagraphs text={body} render={(p) => <Highlighted text={p} terms={terms} />} />
    </div>
  );
}
