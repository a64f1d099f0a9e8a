export interface SplitLocation {
  /** A US ZIP code found in the text (5 digits, optionally ZIP+4), removed from the parts. */
  readonly zip: string | null;
  /** Readings separated by "/" ("Pittsburgh/Cologne"), each a list of comma-separated parts. */
  readonly alternatives: readonly (readonly string[])[];
}

const ZIP = /(?<![\d-])(\d{5})(?:-\d{4})?(?![\d-])/;

/** Splits raw location text into a ZIP and comma-separated parts, empty parts dropped. */
export function splitLocation(raw: string): SplitLocation {
  // Most locations have no separator and no digit: one part, spaces tidied.
  if (!/[\d,/;|()\-–—]/.test(raw)) {
    const part = raw.replace(/\s+/g, ' ').trim();
    return { zip: null, alternatives: /[\p{L}\p{N}]/u.test(part) ? [[part]] : [] };
  }
  const zipMatch = ZIP.exec(raw);
  const text = zipMatch ? raw.replace(zipMatch[0], ' ') : raw;
  const alternatives = text
    .split(/[/;|]/)
    .map((alt) =>
      alt
        .split(/,|\s[-–—]\s|\(|\)/)
        .map((part) => part.replace(/\s+/g, ' ').trim())
        .filter((part) => /[\p{L}\p{N}]/u.test(part)),
    )
    .filter((parts) => parts.length > 0);
  return { zip: zipMatch?.[1] ?? null, alternatives };
}

/** "Spruce Pine NC" → ["Spruce Pine", "NC"], trying the last 1–3 words as the tail. */
export function trailingSplits(part: string): readonly (readonly [string, string])[] {
  const words = part.split(' ');
  const splits: [string, string][] = [];
  for (let n = 1; n <= 3 && n < words.length; n++) {
    splits.push([words.slice(0, -n).join(' '), words.slice(-n).join(' ')]);
  }
  return splits;
}

const FILLER = new Set([
  'in',
  'near',
  'outside',
  'from',
  'at',
  'around',
  'somewhere',
  'anywhere',
  'here',
  'there',
  'my',
  'our',
]);

/** A city name as typed, title-cased when typed all in lower case ("santa cruz" → "Santa Cruz"). */
export function typedCity(part: string): string | null {
  const text = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').trim();
  // A name, not a sentence: short, no digits, none of the words that make "somewhere in Texas"
  // or "near Boston" a description rather than a town.
  const words = text.toLowerCase().split(' ');
  if (!text || /\d/.test(text) || words.length > 4 || words.some((w) => FILLER.has(w))) return null;
  if (/\p{Lu}/u.test(text)) return text;
  return text.replace(
    /(^|[\s-])(\p{Ll})/gu,
    (_, sep: string, ch: string) => sep + ch.toUpperCase(),
  );
}
