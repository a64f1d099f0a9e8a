import type { ThreadDocument } from '../core/types.ts';
import { decodeCommentSlice, encodeCommentSlice, type CommentSlice } from './comment-slice.ts';
import { COMMENT_SLICE } from './protocol.ts';

/**
 * The slices a document was read back from (the parse cache keeps a big dump in that form): posting
 * it again needs no encoding. Only those are kept: a fresh parse's slices would double its memory.
 */
const sliced = new WeakMap<ThreadDocument, readonly CommentSlice[]>();

/** A document's comments as the page receives them, COMMENT_SLICE to a slice. */
export function encodedComments(doc: ThreadDocument): readonly CommentSlice[] {
  const known = sliced.get(doc);
  if (known !== undefined) return known;
  const slices: CommentSlice[] = [];
  for (let at = 0; at < doc.comments.length; at += COMMENT_SLICE) {
    slices.push(encodeCommentSlice(doc.comments.slice(at, at + COMMENT_SLICE)));
  }
  return slices;
}

/** The document of `rest` with the comments of `slices`, remembered with them (encodedComments). */
export function decodedDoc(
  rest: Omit<ThreadDocument, 'comments'>,
  slices: readonly CommentSlice[],
): ThreadDocument {
  const comments = slices.flatMap((slice) => decodeCommentSlice(slice));
  const doc: ThreadDocument = { ...rest, comments };
  sliced.set(doc, slices);
  return doc;
}
