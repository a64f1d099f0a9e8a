/** FNV-1a over the UTF-16 code units of `text[from … to)`. */
function hashRange(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = from; at < to; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash;
}

/** `text[a …)` and `text[b …)` agree on `length` code units. */
function sameRange(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k += 1) {
    if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  }
  return true;
}

/**
 * A reader of the texts on a dump's bullet lines that gives one string for each distinct text,
 * found by its characters in `text`: a writer's name repeats on each of their comments (2,835
 * distinct among 30,000 bullets in a generated dump), so each is sliced out once and every repeat
 * shares the string, which a Map then finds by identity. Keyed by a fresh slice per bullet, that
 * Map spent about 300 ns a lookup hashing and comparing the strings.
 *
 * A function, not a class: optimised code built around a per-dump object's shape was thrown away
 * at each full garbage collection once the last such object was gone.
 */
export function bulletTexts(text: string): (from: number, to: number) => string {
  // Open addressing by the hash of the characters: entry number + 1, 0 for an empty slot.
  let slots = new Int32Array(1024);
  const starts: number[] = [];
  const strings: string[] = [];
  const slotOf = (from: number, to: number): number => {
    const mask = slots.length - 1;
    let slot = hashRange(text, from, to) & mask;
    for (let entry = (slots[slot] ?? 0) - 1; entry >= 0; entry = (slots[slot] ?? 0) - 1) {
      const string = strings[entry] ?? '';
      if (string.length === to - from && sameRange(text, starts[entry] ?? 0, from, to - from)) {
        break;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  };
  return (from, to) => {
    let slot = slotOf(from, to);
    const found = slots[slot] ?? 0;
    if (found > 0) return strings[found - 1] ?? '';
    const string = text.slice(from, to);
    starts.push(from);
    strings.push(string);
    slots[slot] = strings.length;
    // At most half full, so a probe run stays short.
    if (strings.length * 2 > slots.length) {
      slots = new Int32Array(slots.length * 2);
      for (let entry = 0; entry < strings.length; entry += 1) {
        const start = starts[entry] ?? 0;
        slot = slotOf(start, start + (strings[entry] ?? '').length);
        slots[slot] = entry + 1;
      }
    }
    return string;
  };
}
