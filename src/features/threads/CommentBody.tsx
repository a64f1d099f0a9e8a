import { DumpParagraphs } from '../../shared/text/DumpParagraphs.tsx';
import { MaybeLinked } from '../../shared/text/MaybeLinked.tsx';
import { Highlighted } from '../search/index.ts';

/** A comment's paragraphs, with the search's terms marked and web addresses as links. */
export function CommentBody({ body, terms }: { body: string; terms: readonly string[] }) {
  const marked = (piece: string) => <Highlighted text={piece} terms={terms} />;
  return (
    <div className="max-w-[70ch] space-y-2 leading-relaxed wrap-anywhere whitespace-pre-line">
      <DumpParagraphs text={body} render={(p) => <MaybeLinked text={p} render={marked} />} />
    </div>
  );
}
