/** Replies in a thread seen as candidates: the root plus the latest ones (keeps inference linear). */
const THREAD_WINDOW = 15;
/** Comments before the current thread that a strong cue (a name, a quote) may still reach. */
export const LOOKBACK = 6;

/**
 * The threads of a flat dump as inference walks it: which thread each comment so far sits in, and
 * the thread the page is showing (its root and latest comments, the candidates of the next reply).
 */
export class PageThreads {
  /** The top-level comment of the thread the page is showing. */
  root = 0;
  private latest: number[] = [];
  private readonly rootOf: number[] = [];

  /** The current thread's latest comments, its root among them: the next reply's candidates. */
  get members(): readonly number[] {
    return this.latest;
  }

  /** Comment i starts a thread of its own. */
  startAt(i: number): void {
    this.rootOf.push(i);
    this.latest = [i];
    this.root = i;
  }

  /**
   * Comment i answers `parent`. Answering a thread the page was just showing reopens it; past
   * LOOKBACK only a name, an address or a quotation reaches, and then the comment answers an old one
   * out of place: the threads between stay as they were, and it stays a candidate where it stands,
   * for whoever answers it next. So does a candidate reached only as an answer back (`backOnly`).
   */
  answer(i: number, parent: number, backOnly: readonly number[]): void {
    const parentRoot = this.rootOf[parent] ?? parent;
    this.rootOf.push(parentRoot);
    const resumes = parent >= this.root - LOOKBACK || this.activeBefore(parentRoot);
    if (parentRoot !== this.root && resumes && !backOnly.includes(parent)) {
      // Only the comments since the thread was last seen join it; older ones keep their threads.
      this.rethread(Math.max(parent, this.root - LOOKBACK - 1), parentRoot, i);
      this.root = parentRoot;
    } else {
      this.latest.push(i);
      if (this.latest.length > 2 * THREAD_WINDOW) {
        this.latest = this.latest.slice(-THREAD_WINDOW);
      }
    }
  }

  /**
   * Was thread `threadRoot` still going in the LOOKBACK comments before the current thread began?
   * A reply to its old root ("What Dr. Mensah said", Mensah's first comment) then rejoins a
   * conversation the page was just showing, however far back the comment it echoes sits.
   */
  private activeBefore(threadRoot: number): boolean {
    for (let k = this.root - 1; k >= Math.max(0, this.root - LOOKBACK); k--) {
      if (this.rootOf[k] === threadRoot) return true;
    }
    return false;
  }

  /**
   * A reply reaching back past top-level guesses reopens the older thread for the replies after it.
   * The comments in between stay top level: in a page that kept threads whole they would belong to
   * it, but in a dump written in time order they are new subjects, and nothing in them says which.
   */
  private rethread(after: number, threadRoot: number, i: number): void {
    for (let k = after + 1; k < i; k++) this.rootOf[k] = threadRoot;
    this.latest = [threadRoot];
    for (let k = Math.max(threadRoot + 1, i - THREAD_WINDOW); k <= i; k++) this.latest.push(k);
  }
}
