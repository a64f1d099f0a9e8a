// A commenter introducing themselves starts a subject of their own.
// Nor does one that starts from the article, or talks about the page, or an announcement to every
// reader ("PSA from the health department: …", "Heads up, everyone: …"). Nor one that opens by
// owning up to a view of its own ("I'll be honest, …", "To be frank, …"): an answer gives a fact.
// "Our church faces the mural wall.", "Our street got plowed twice…" tell of the writer's own
// household, street or congregation; "No relation to the mayor, before anyone asks. I sell…"
// sets the writer apart before telling of their own trade.
const INTRODUCES =
  /^(?:as an? |i am |i'm |i've |i have |i run |i manage |i own |i sell |i work |i volunteer |i live |our |no relation\b|full disclosure\b|been |speaking as |the (?:real |actual |whole )?(?:article|story|piece|report) |psa\b|public service announcement\b|heads up,? (?:everyone|everybody|all|folks|neighbors|neighbours)\b)/iu;
// "I'll be honest, …", "I'll say what nobody wants to hear: …", "Unpopular opinion: …": a view
// announced as the writer's own, which even a question put to every reader gets no answer from.
const OWNS_A_VIEW =
  /^(?:(?:i['’]ll be|to be|let me be) (?:honest|frank|blunt)\b|(?:i['’]ll|let me|i['’]m going to|i['’]m gonna) (?:just )?say (?:it|this|what)\b|unpopular opinion\b)/iu;

/** Does a reply open by owning up to a view of its own rather than telling what was asked? */
export const ownsAView = (opening: string): boolean => OWNS_A_VIEW.test(opening);
const FROM_ARTICLE = /^the (?:real |actual |whole )?(article|story|piece|report) /iu;

/**
 * Does a reply opening start a voice of its own rather than answer `question` (the asking comment's
 * text)? "The report …" starts from the article, unless the question asked after that very thing
 * ("Has anyone read the inspection report?" — "The report is on the city's site, page 3.").
 */
export function opensOwnVoice(opening: string, question: string): boolean {
  if (ownsAView(opening)) return true;
  const voice = INTRODUCES.exec(opening);
  if (voice === null) return false;
  return !FROM_ARTICLE.test(voice[0]) || opensFromArticle(opening, question);
}

/**
 * Does a reply open from the article ("The real story is in paragraph nine…") rather than answer
 * `question`? Even a question put to every reader, which a commenter introducing themselves answers
 * ("Is anyone here a student?" — "I'm a sophomore…"), gets no answer from the article's own words,
 * unless it asked after that very thing.
 */
export function opensFromArticle(opening: string, question: string): boolean {
  const thing = FROM_ARTICLE.exec(opening)?.[1]?.toLowerCase();
  if (thing === undefined) return false;
  // The word within a question itself: "The article leaves it out. Who voted?" asks after none.
  return !new RegExp(`\\b${thing}\\b[^.!?]*\\?`, 'iu').test(question);
}
