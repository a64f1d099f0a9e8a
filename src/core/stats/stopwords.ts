// English function words dropped before the distinctive-words count. The informative prior of
// fightinWords already shrinks frequent words, but with a few hundred comments per side "the" or
// "of" still reach |z| ≈ 2 from house style alone (one outlet's readers write longer sentences),
// and a researcher reading the table wants the words that carry content. The list is short and
// fixed (pronouns, articles, auxiliaries, prepositions, conjunctions) so it is easy to audit;
// negations ("not", "no", "never") are kept because they carry stance.
const WORDS = `a about above after again against all am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself nor of off on once only or other our ours ourselves out over own same
she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves s t d ll m re ve don doesn didn isn wasn aren weren
won wouldn shouldn couldn hasn haven hadn it's i'm i've i'd i'll he's she's that's there's what's
let's they're we're you're they've we've you've`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
