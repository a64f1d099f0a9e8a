// "Does anyone know if…?", "Can someone tell me…?": asking the readers for news, which no one asks
// for effect ("Anyone really think…?" does).
const ASKS_FOR_NEWS =
  /\b(?:does|do|did|has|have|can|could|would|will) (?:anyone|anybody|someone|somebody)(?: here| else)? (?:know|remember|have|tell|explain|heard|confirm)\b[^.!?]*\?/iu;
// Every match holds one of these words, folded as the full pattern folds them (same flags): the
// full pattern tries each of a long comment's characters, this one scans them for a literal first.
const READERS = /(?:any|some)(?:one|body)/iu;

/** Does `body` ask the readers for news ("Does anyone know if the rink will open?")? */
export function asksForNews(body: string): boolean {
  return READERS.test(body) && ASKS_FOR_NEWS.test(body);
}
