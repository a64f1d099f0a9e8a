/**
 * One comment body at a time, read line by line as the parser walks the text, with joinBody's
 * rules: each line trimmed, blank lines at either end dropped, a run of blank lines between
 * paragraphs one empty line, the head (text on an indented bullet's own line) first. The parser
 * has found each line's text already, so nothing is scanned twice.
 */
export class BodyLines {
  private readonly text: string;
  /** The open body's lines: per line its trimmed start and end, and 1 after a paragraph break. */
  private readonly pieces: number[] = [];
  /** How many numbers of `pieces` are the open body's: the array is reused, never shrunk. */
  private used = 0;
  private head = '';
  private filled = false;
  private pendingBreak = false;

  constructor(text: string) {
    this.text = text;
  }

  /** Starts the next body with `head` before its lines ('' for none). */
  open(head: string): void {
    this.head = head;
    this.filled = head !== '';
    this.pendingBreak = false;
    this.used = 0;
  }

  /**
   * The head was the writer's name after all (the line under it is indented deeper): the body
   * starts at its first line, blank lines before it dropped. Only before any line is read.
   */
  dropHead(): void {
    this.head = '';
    this.filled = false;
    this.pendingBreak = false;
  }

  /** A line of the open body with text in `[first, last)`, white space trimmed already. */
  line(first: number, last: number): void {
    const { pieces } = this;
    pieces[this.used] = first;
    pieces[this.used + 1] = last;
    pieces[this.used + 2] = this.pendingBreak ? 1 : 0;
    this.used += 3;
    this.filled = true;
    this.pendingBreak = false;
  }

  /** A blank line: a paragraph break if text follows, nothing at either end. */
  blank(): void {
    this.pendingBreak = this.filled;
  }

  /** The open body. One line is sliced from the text, not copied: over half of all bodies are. */
  close(): string {
    const { pieces, head, text, used } = this;
    if (used === 0) return head;
    if (used === 3 && head === '') return text.slice(pieces[0], pieces[1]);
    const out: string[] = head === '' ? [] : [head];
    for (let k = 0; k < used; k += 3) {
      if (pieces[k + 2] === 1) out.push('');
      out.push(text.slice(pieces[k], pieces[k + 1]));
    }
    return out.join('\n');
  }
}
