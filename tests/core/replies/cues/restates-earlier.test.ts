import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { mayRestate, restatesEarlier } from '../../../../src/core/replies/cues/restates-earlier.ts';
import { newVocabulary } from '../../../../src/core/replies/cues/rare-words.ts';

const claim = prepareComment('Lani', 'A missionary in 1880 held the only medicine on the island.');

describe('restatesEarlier', () => {
  it('should read an opening question repeating six words in a row as quoting the comment', () => {
    const reply = prepareComment(
      'Odile',
      'A missionary held the only medicine on the island? Source?',
    );
    expect(restatesEarlier(reply, claim, 'Lani')).toEqual({
      score: 0.9,
      reason: "questions Lani's claim in its own words",
      points: 'mention',
    });
  });

  it('should not count fewer words in a row, or a statement', () => {
    const few = prepareComment('Odile', 'The only medicine, in 1880? Source?');
    expect(restatesEarlier(few, claim, 'Lani')).toBeNull();
    const said = prepareComment(
      'Odile',
      'A missionary held the only medicine on the island, I read.',
    );
    expect(restatesEarlier(said, claim, 'Lani')).toBeNull();
  });

  it('should not count words the earlier comment itself quotes from someone else', () => {
    const quoting = prepareComment(
      'Max',
      'The minister said "a missionary held the only medicine on the island" and nobody checked.',
    );
    const reply = prepareComment(
      'Odile',
      'A missionary held the only medicine on the island? Source?',
    );
    expect(restatesEarlier(reply, quoting, 'Max')).toBeNull();
  });

  it('should find a repeated run whose only content word grows when lower-cased', () => {
    // "abİ" is three characters as written but four folded ("abi̇"): the candidate never counted
    // a stem for it, so its stems must not be what rules the run out.
    const claim = prepareComment('Lani', 'So the abİ tax of the town went up again.');
    const reply = prepareComment('Odile', 'So the abİ tax of the town? Source?');
    expect(restatesEarlier(reply, claim, 'Lani')?.score).toBe(0.9);
  });

  it('should give the same answer when the reply is weighed against several candidates', () => {
    const reply = prepareComment(
      'Odile',
      'A missionary held the only medicine on the island? Source?',
    );
    const other = prepareComment('Max', 'The ferry held the only doctor on the island.');
    expect(restatesEarlier(reply, other, 'Max')).toBeNull();
    expect(restatesEarlier(reply, claim, 'Lani')?.score).toBe(0.9);
    expect(restatesEarlier(reply, other, 'Max')).toBeNull();
  });

  it('should answer alike when reply and candidate share a vocabulary (stems compared by id)', () => {
    const long = `${'word '.repeat(78)}the only medicine on the island was quinine`;
    const pairs: [string, string][] = [
      ['A missionary held the only medicine on the island? Source?', claim.body],
      ['Did a missionary really hold medicine on the island?', claim.body],
      [`${long}? Source?`, `${long} they said.`],
    ];
    for (const [reply, cand] of pairs) {
      const vocabulary = newVocabulary();
      const shared = restatesEarlier(
        prepareComment('Odile', reply, vocabulary),
        prepareComment('Lani', cand, vocabulary),
        'Lani',
      );
      expect(shared).toEqual(
        restatesEarlier(prepareComment('Odile', reply), prepareComment('Lani', cand), 'Lani'),
      );
    }
  });
});

describe('mayRestate', () => {
  it('should hold for a reply opening with a question of six words or more, and only then', () => {
    const asks = prepareComment(
      'Odile',
      'A missionary held the only medicine on the island? Source?',
    );
    const short = prepareComment('Odile', 'Source on that? The island had a clinic.');
    const states = prepareComment('Odile', 'A missionary held the only medicine on the island.');
    expect([asks, short, states].map(mayRestate)).toEqual([true, false, false]);
    // Where it does not hold, no candidate is restated.
    expect(restatesEarlier(states, claim, 'Lani')).toBeNull();
    expect(restatesEarlier(short, claim, 'Lani')).toBeNull();
  });
});
