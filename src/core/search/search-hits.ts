/** A search's matches as the page's view uses them, named by the page's slugs. */
export interface SearchHits {
  /** Per article slug: positions in its `doc.comments` of the matching comments, ascending. */
  readonly at: ReadonlyMap<string, Int32Array>;
  /**
   * The terms the query reached in them (after folding), for `highlightRanges`; a quoted phrase is
   * one term of its words.
   */
  readonly terms: readonly string[];
}
