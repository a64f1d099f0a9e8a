// What LiteralParser reads one piece of a regular expression's source into (literal-parser.ts).

/** Literals one of which every match contains; null when none can be named. */
export type Literals = readonly string[] | null;

export interface Quantity {
  readonly optional: boolean;
  readonly many: boolean;
}

export interface Atom {
  /** A literal character. */
  readonly char?: string;
  /** Every text the atom can match, when it is a group of few enough plain alternatives. */
  readonly spelled?: readonly string[] | null;
  /** For a group: literals every match of it contains. */
  readonly literals: Literals;
  /** Consumes nothing (\b, ^, a lookaround): the text around it stays contiguous. */
  readonly zeroWidth?: boolean;
}

export const NONE: Atom = { literals: null };
export const ZERO_WIDTH: Atom = { literals: null, zeroWidth: true };
export const ONCE: Quantity = { optional: false, many: false };

/** A surrogate is half a character: a quantifier after it would apply to the whole pair. */
export function literalChar(ch: string): Atom {
  const c = ch.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdfff ? NONE : { char: ch, literals: null };
}
