// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: the plain-text twin of <bdi>.
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A dump's string isolated for places that hold text only: <option> labels, `title` tooltips.
 * An unclosed right-to-left override inside it then ends at the PDI instead of reversing the app's
 * words around it. Not for accessible names: the page contract names controls "Mute NAME" exactly,
 * and speech does not reorder text.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
