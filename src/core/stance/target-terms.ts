// What the stance is about (../../shared/STANCE.md): the rapprochement — talks, deals, cease-fires,
// normalising ties, the two leaders together. Sentiment counts only in sentences that touch it.

/**
 * Words that name the engagement itself. Matched on word starts, so "negotiat" covers the family;
 * "talking about" is discussing, not talks.
 */
const ENGAGEMENT =
  /\b(talks?\b(?! about)|talking\b(?! about)|negotiat|cease-?\s?fires?\b|truce|armistice|deals?\b|agree(d|s|ment|ments)?\b|accords?\b|treat(y|ies)\b|summits?\b|meet(s|ing|ings)?\b|met with\b|dialogue|diplomac|diplomatic|engag(e|ed|es|ing|ement)\b|cooperat|co-operat|collaborat|work(s|ing)? (together|with)\b|partner|ties\b|relations(hip)?\b|normali[sz]|rapprochement|d[eé]tente|reset\b|peace\b|get(ting)? along|reach(ing|ed)? out|phone call|handshake|shook hands|embass(y|ies)|inspectors)/u;

/** Both sides named in one sentence, or the pair referred to as a pair. */
const PAIR =
  /\b(the two (leaders|men|powers|nations|presidents|sides|of them)|both (leaders|men|of them|sides|countries)|either of them|neither of them|each other|these two|those two|(they are|they're) both|two (self-serving|professional|nuclear))\b/u;
const SIDE_A =
  /\b(trump|donald|potus|45|washington|america|americans|the us|u\.s\.|white house|tillerson|kerry|biden|reagan|obama)\b/u;
const SIDE_B =
  /\b(putin|vlad|vladimir|russia|russians?|kremlin|moscow|lavrov|gorbachev|kim|iran|castro|cuba|china|beijing)\b/u;

export interface TargetHit {
  /** 1 when the sentence names the engagement, 0.7 when it names only the two sides together. */
  readonly weight: number;
  readonly term: string;
}

export function targetTerms(lowerSentence: string): TargetHit | null {
  const engagement = ENGAGEMENT.exec(lowerSentence);
  if (engagement) return { weight: 1, term: engagement[0] };
  const pair = PAIR.exec(lowerSentence);
  if (pair) return { weight: 0.7, term: pair[0] };
  const a = SIDE_A.exec(lowerSentence);
  const b = a ? SIDE_B.exec(lowerSentence) : null;
  if (a && b) return { weight: 0.7, term: `${a[0]} + ${b[0]}` };
  return null;
}

/**
 * Words whose VADER valence describes the situation the talks address, not a view of the talks:
 * "a cease-fire is better than continued killing" is not negative about the cease-fire.
 */
export const SITUATION_WORDS: ReadonlySet<string> = new Set([
  'war',
  'wars',
  'killing',
  'killed',
  'kill',
  'deaths',
  'death',
  'dead',
  'died',
  'die',
  'dying',
  'murder',
  'murdered',
  'murdering',
  'suffering',
  'suffered',
  'suffer',
  'conflict',
  'crisis',
  'violence',
  'fighting',
  'bombs',
  'bombing',
  'bombed',
  'attack',
  'attacks',
  'refugees',
  'horrific',
  'horrors',
  'terror',
  'terrorism',
  'weapons',
  'missiles',
  'nuclear',
  'fight',
  'hostility',
  'tension',
  'tensions',
  'destruction',
  'disaster',
  'threat',
  'enemy',
  'enemies',
  'sanctions',
  'sanctioned',
  'violated',
  'violation',
  'violations',
  'unsatisfactory',
  'problem',
  'problems',
  'chaos',
  'fear',
]);

/**
 * Words VADER scores that, in talk about diplomacy, name the topic or are not judgements at all:
 * "peace" and "agreement" are the subject, not praise of it; "like" is mostly a preposition,
 * "play" a chess metaphor, "OK" dialogue; "supports" reports who backs whom; "trust" is read by
 * the domain cues, which see its negations ("how can anyone trust").
 */
export const NON_JUDGEMENT_WORDS: ReadonlySet<string> = new Set([
  'peace',
  'peaceful',
  'agreement',
  'agreements',
  'agree',
  'agreed',
  'agrees',
  'cooperation',
  'cooperate',
  'partner',
  'partners',
  'partnership',
  'engaged',
  'engage',
  'supports',
  'supporting',
  'trust',
  'trusted',
  'like',
  'play',
  'played',
  'playing',
  'plays',
  'hand',
  'clear',
  'clearly',
  'ready',
  'free',
  'thanks',
  'ok',
  'okay',
  'yes',
  'please',
  'interest',
  'interests',
]);
