// The dump sizes, in characters, at which an open changes how it works. Stances are read after the
// threads at every size: a worker's first stance reading is slow whatever the dump (about 0.4 s of
// the seeds' first view in Chromium), and on a big one it is most of the parse (1.5 of 1.9 s at
// 50,000 indented comments).

/** Below this a parse takes less time than reading a cached one back, so it is not cached. */
export const CACHE_MIN_CHARS = 1_000_000;
/**
 * From this size on, a flat dump's comments go to the page in page order before anyone's parent is
 * guessed: guessing is two thirds of opening a big flat dump (about 2 of 3 s at 50,000 comments).
 */
export const DEFER_REPLIES_MIN_CHARS = 1_000_000;
