// cyrb53 (public domain, bryc): a fast 53-bit string hash with good avalanche. It keys caches
// ("never parse the same text twice") and comment ids, not security; 53 bits make an accidental
// collision between a reader's dumps negligible.

/**
 * The 53-bit cyrb53 hash of `text`, as a safe integer. Given several parts it hashes them as if
 * joined, without building the joined string (ids hash author and body of 50k comments).
 */
export function cyrb53(text: string | readonly string[], seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  const parts = typeof text === 'string' ? [text] : text;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      const ch = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 14-hex-digit hash of `text`, the same in the page, the worker and Node. */
export function textHash(text: string): string {
  return cyrb53(text).toString(16).padStart(14, '0');
}
