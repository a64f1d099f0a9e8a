// Words readers put around a place to say "somewhere in or near it". "Middle" is left out on
// purpose: "Middle America" is a figure of speech, not the middle of the United States.
const DIRECTIONAL = new Set([
  'north',
  'northern',
  'south',
  'southern',
  'east',
  'eastern',
  'west',
  'western',
  'central',
  'northeast',
  'northeastern',
  'northwest',
  'northwestern',
  'southeast',
  'southeastern',
  'southwest',
  'southwestern',
  'upstate',
  'downstate',
  'rural',
  'coastal',
  'suburban',
  'outside',
  'near',
]);
const SAME_PLACE = new Set(['greater', 'metro', 'downtown', 'uptown', 'midtown', 'inner']);
// "Washington State", "New York State": the state, said so the city is not meant.
const TRAILING = new Set(['area', 'suburbs', 'burbs', 'metro', 'region', 'environs', 'state']);

export interface Stripped {
  readonly key: string;
  /** A direction or "near" was dropped: the text names a part of the place, not its centre. */
  readonly directional: boolean;
}

/** The key without its leading and trailing qualifiers, or null when it has none. */
export function stripQualifiers(key: string): Stripped | null {
  if (!key.includes(' ')) return null;
  const words = key.split(' ');
  let directional = false;
  let changed = false;
  while (words.length > 1) {
    const first = words[0] ?? '';
    if (DIRECTIONAL.has(first)) directional = true;
    else if (!SAME_PLACE.has(first)) break;
    words.shift();
    changed = true;
  }
  while (words.length > 1 && TRAILING.has(words[words.length - 1] ?? '')) {
    words.pop();
    changed = true;
  }
  return changed ? { key: words.join(' '), directional } : null;
}
