/** One cue's evidence that a comment answers a given earlier comment. */
export interface CueHit {
  /** In (0, 1): how sure this cue alone makes us. */
  readonly score: number;
  /** Human-readable, shown in the UI, e.g. `addresses Vincent by name`. */
  readonly reason: string;
  /**
   * How the reply points at its author: `address` speaks to them ("Lou, …", "@Lou", "J. R.,"), so the
   * reply's "you" is theirs; `mention` names or quotes them.
   */
  readonly points?: 'address' | 'mention';
}
