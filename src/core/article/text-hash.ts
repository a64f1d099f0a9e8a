// cyrb53 (public domain, bryc): a fast 53-bit string hash with good avalanche. It keys caches
// ("never parse the same text twice") and comment ids, not security; 53 bits make an accidental
// collision between a reader's dumps negligible.

/** cyrb53 fed in pieces: `value()` is the hash of everything given so far, joined. */
export interface TextHasher {
  /** Hashes `text` from `from` up to (not including) `to`. */
  update(text: string, from?: number, to?: number): void;
  value(): number;
  /** Starts over, as if just created with the same seed: ids hash 50k comments with one hasher. */
  reset(): void;
}

/** The two running halves `mixRange` leaves behind: a pair returned without an object per call. */
const mixed = new Int32Array(2);

/**
 * cyrb53's character loop over `text[from … to)`, from the halves `a` and `b`, into `mixed`. A
 * function of its own: inside the hasher's `update` (default parameters, closure state), Chromium
 * 156's V8 kept the loop fast on a first dump and ran it five to six times slower from the second on
 * (hashing 50,000 comments: 37 ms, then 209–247 ms; Node 20 stayed fast); out here it stays fast.
 */
function mixRange(text: string, from: number, to: number, a: number, b: number): void {
  for (let i = from; i < to; i += 1) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 2654435761);
    b = Math.imul(b ^ ch, 1597334677);
  }
  mixed[0] = a;
  mixed[1] = b;
}

/** cyrb53's final mix of the two running halves into a 53-bit safe integer. */
function finish(h1: number, h2: number): number {
  let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  a ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  let b = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  b ^= Math.imul(a ^ (a >>> 13), 3266489909);
  return 4294967296 * (2097151 & b) + (a >>> 0);
}

export function createTextHasher(seed = 0): TextHasher {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  return {
    reset() {
      h1 = 0xdeadbeef ^ seed;
      h2 = 0x41c6ce57 ^ seed;
    },
    update(text, from = 0, to = text.length) {
      mixRange(text, from, to, h1, h2);
      h1 = mixed[0] as number;
      h2 = mixed[1] as number;
    },
    value: () => finish(h1, h2),
  };
}

/**
 * The 53-bit cyrb53 hash of `text`, as a safe integer. Given several parts it hashes them as if
 * joined, without building the joined string (ids hash author and body of 50k comments).
 */
export function cyrb53(text: string | readonly string[], seed = 0): number {
  const hasher = createTextHasher(seed);
  if (typeof text === 'string') hasher.update(text);
  else for (const part of text) hasher.update(part);
  return hasher.value();
}

/** The 14 hex digits textHash writes for a hash value. */
export function hashHex(value: number): string {
  return value.toString(16).padStart(14, '0');
}

/**
 * A 14-hex-digit hash of `text`, the same in the page, the worker and Node: cyrb53 with seed 0.
 * Its own loop, not mixRange's: by the time a reader opens a dump, ids have run mixRange on tens
 * of thousands of seed comments, and Chromium's V8 then ran a 20 MB dump through it in 150–260 ms,
 * against 40–60 ms for a loop that only ever sees whole texts.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return hashHex(finish(h1, h2));
}
