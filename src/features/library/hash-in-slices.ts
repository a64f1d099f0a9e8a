import { createTextHasher, hashHex } from '../../core/article/text-hash.ts';

// About 10 ms of hashing on a laptop: a 20 MB dump is hashed in some 20 short tasks, not one of
// a quarter of a second, so the page keeps answering while a big file is added or restored.
const SLICE_CHARS = 1 << 20;

/** textHash(text), computed in slices with a pause for the browser between them. */
export async function hashInSlices(text: string): Promise<string> {
  const hasher = createTextHasher();
  for (let at = 0; at < text.length; at += SLICE_CHARS) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    hasher.update(text, at, Math.min(text.length, at + SLICE_CHARS));
  }
  return hashHex(hasher.value());
}
