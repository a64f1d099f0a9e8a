// "North Shore", "West End", "Lakeside", "The Valley": a name made only of words for directions
// and landforms names a neighbourhood or a region around some lake or bay in most metros. Typed
// alone under a local paper's story, it is the reader's part of town, not the one city abroad the
// gazetteer knows by it (North Shore is also a city of 208,000 in New Zealand).
const PLACE_WORDS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'upper',
  'lower',
  'central',
  'middle',
  'the',
  'of',
  'city',
  'center',
  'centre',
  'downtown',
  'uptown',
  'midtown',
  'end',
  'side',
  'shore',
  'shores',
  'coast',
  'lake',
  'lakes',
  'lakeside',
  'hill',
  'hills',
  'heights',
  'park',
  'falls',
  'river',
  'riverside',
  'valley',
  'bay',
  'beach',
  'harbor',
  'harbour',
  'point',
  'ridge',
  'woods',
  'springs',
  'island',
  'village',
]);

/** True when every word of a place key (normalizeKey's output) is a direction or landform word. */
export function localName(key: string): boolean {
  const words = key.split(' ').filter((w) => w !== '');
  return words.length > 0 && words.every((w) => PLACE_WORDS.has(w));
}
