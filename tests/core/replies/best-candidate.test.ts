import { describe, expect, it } from 'vitest';
import { bestCandidate, REPLY_THRESHOLD } from '../../../src/core/replies/best-candidate.ts';
import { prepareDump } from '../../../src/core/replies/cues/prepare-dump.ts';
import { replyTraits } from '../../../src/core/replies/cues/reply-traits.ts';
import { PageThreads } from '../../../src/core/replies/page-threads.ts';
import type { FlatCommentInput } from '../../../src/core/replies/reply-guesser.ts';
import type { ReplyGuess } from '../../../src/core/types.ts';
import { articleTitled, flatComment } from '../support/reply-inputs.ts';

const article = articleTitled('Lead Pipes in Older Homes');
const c = flatComment;

/** The best candidate for the last comment, the ones above placed under `parents` (null: top level). */
function bestForLast(list: FlatCommentInput[], parents: readonly (number | null)[]) {
  const dump = prepareDump(list, article);
  const threads = new PageThreads();
  const guesses: ReplyGuess[] = parents.map((p) =>
    p === null ? null : { parentIndex: p, confidence: 0.8, reason: 'given' },
  );
  parents.forEach((p, k) => (p === null ? threads.startAt(k) : threads.answer(k, p, [])));
  const i = list.length - 1;
  const reply = dump.comments[i];
  if (reply === undefined) throw new Error('no comments');
  const traits = replyTraits(reply, dump.vocabulary.stemOf);
  return bestCandidate(dump, guesses, new Uint8Array(list.length), threads, reply, i, traits);
}

describe('bestCandidate', () => {
  it('should offer nothing for the first comment on the page', () => {
    const found = bestForLast([c('Pat', 'How do I tell a lead pipe from copper?')], []);
    expect(found.best).toBeNull();
    expect(found.backOnly).toEqual([]);
  });

  it('should offer the comment whose writer a reply calls by name, sure enough to be its parent', () => {
    const found = bestForLast(
      [
        c('Pat', 'How do I tell a lead pipe from copper?'),
        c('Amal', 'Pat, scratch it with a key: lead turns shiny.'),
      ],
      [null],
    );
    expect(found.best?.index).toBe(0);
    expect(found.best?.score).toBeGreaterThanOrEqual(REPLY_THRESHOLD);
  });

  it('should reach past other threads to whoever answered the author, for their thanks', () => {
    const others = Array.from({ length: 8 }, (_, k) =>
      c(`P${k}`, `The ${k}th point is off topic.`),
    );
    const found = bestForLast(
      [
        c('Pat', 'Dr. Haddad, how do I tell a lead pipe from copper?'),
        c('Amal', 'Pat, scratch it with a key: lead turns shiny.'),
        ...others,
        c('Pat', 'Thank you, that worked. Calling the utility tomorrow.'),
      ],
      [null, 0, ...others.map(() => null)],
    );
    expect(found.best?.index).toBe(1);
  });

  it('should send an opener going on from a claim past a new question to the claim before it', () => {
    const list = [
      c('Pat', 'Copper pipes were standard here by 1950, so lead is rare.'),
      c('Amal', 'My 1962 house had a lead service line. The utility dug it up last May.'),
      c('Ines', 'Does the utility test the water for free? My landlord will not.'),
      c('Pat', 'Then name the street. I have never seen one from the sixties.'),
    ];
    const past = bestForLast(list, [null, 0, null]).best;
    expect(past?.index).toBe(1);
    expect(past?.score).toBeGreaterThanOrEqual(REPLY_THRESHOLD);
    // Under a question putting a case, "Then…" draws its consequence.
    const when = [...list.slice(0, 2), c('Ines', 'And if the utility refuses to test it?')];
    const consequence = c('Pat', 'Then the county health office tests it for ten dollars.');
    expect(bestForLast([...when, consequence], [null, 0, 1]).best?.index).toBe(2);
  });
});
