// A question that challenges ("You think Russia would…?", "So we just…?") wants no answer.
// So does one that proposes ("Couldn't that money hire an aide?", "Wouldn't a cap be fairer?").
// "Why pay sharpshooters $400 a deer when bowhunters would do it for free?" argues too, and so
// does "What's he supposed to do, quit?", and "Why should eleven books disappear for everybody
// else's kids?", which asks for a justification no one is expected to give. "Did anybody on the
// board even ask the parents?" complains that nobody did, as "Did anybody think about that?" does.
// "Then why is the revenue figure up top?" turns a claim against its maker, and "Where was the
// paper then?" blames an absence long past.
export const CHALLENGE =
  /(?:^|[.!?]["”]?\s+)(?:(?:you|so|and|but|really|seriously|couldn['’]t|shouldn['’]t|wouldn['’]t|then why)\b[^.!?]*|where (?:was|were)\b[^.!?]*\bthen|(?:did|has|have|does|do) (?:anyone|anybody|someone|somebody)(?: (?:on|at|in|from) the \p{L}+)? (?:even|think|thought|stop|stopped|bother|bothered|consider|considered)\b[^.!?]*|why\b[^.!?]*\bwhen\b[^.!?]*|why should\b[^.!?]*|(?:what|how)\b[^.!?]*\bsupposed to\b[^.!?]*)\?\s*$/iu;
