// 50 queries a reader types into the search box: words, names, places, prefixes (typing in
// progress), typos, missing diacritics, several words, and a few that match nothing.
export const QUERIES: readonly string[] = [
  // whole words
  'sanctions',
  'putin',
  'syria',
  'ceasefire',
  'diplomacy',
  'refugee',
  'aleppo',
  'embassy',
  'kremlin',
  'pentagon',
  'treaty',
  'election',
  // names and places
  'vincent',
  'casey dorman',
  'mythreecents',
  'eileen',
  'seattle',
  'new york',
  'zurich',
  'berlin germany',
  'portland',
  // prefixes: the reader is still typing
  'sanc',
  'diplo',
  'refu',
  'chem',
  'kre',
  'propag',
  'elep',
  'nucl',
  // typos
  'sanctoins',
  'diplomcy',
  'cheical weapons',
  'kremiln',
  'pentagn',
  'refugee crsis',
  'assd',
  // without diacritics, or with them
  'erdogan',
  'naive',
  'resume',
  'Jürgen',
  'montreal',
  // several words
  'free press',
  'peace talks',
  'oil prices',
  'nuclear treaty',
  'good faith',
  'puppet show',
  // nothing to find
  'bitcoin',
  'quantum entanglement',
  'zzyzx',
];

/** The keystrokes of one query typed letter by letter, for the as-you-type latency. */
export const TYPED_QUERY = 'sanctions';
