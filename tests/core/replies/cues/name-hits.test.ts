import { describe, expect, it } from 'vitest';
import type { CueHit } from '../../../../src/core/replies/cues/cue-hit.ts';
import { nameHits } from '../../../../src/core/replies/cues/name-hits.ts';
import { prepareDump, type PreparedDump } from '../../../../src/core/replies/cues/prepare-dump.ts';
import { replyTraits } from '../../../../src/core/replies/cues/reply-traits.ts';
import { makeDoc } from '../../support/thread-fixture.ts';
import { dumpOf as dumpOfTitled } from '../support/dump-of.ts';

const dumpOf = (...pairs: [string, string][]) => dumpOfTitled('Ferry Fares Rise', ...pairs);

/** The reasons of the name cues comment `i` gives about comment `j`'s author. */
function reasons(dump: PreparedDump, i: number, j: number): string[] {
  const reply = dump.comments[i];
  if (reply === undefined) throw new Error('no reply');
  const hits: CueHit[] = [];
  nameHits(dump, i, j, replyTraits(reply, dump.vocabulary.stemOf).meta, hits);
  return hits.map((h) => h.reason);
}

describe('nameHits', () => {
  it('should read a name written as a name, or a lower-case handle after a greeting', () => {
    const dump = dumpOf(
      ['jim', 'The ferry was late again.'],
      ['Ruth Okafor', 'It always is.'],
      ['Max', 'Thanks jim, that matches what Ruth saw.'],
    );
    expect(reasons(dump, 2, 0)).toContain('addresses jim by name');
    expect(reasons(dump, 2, 1)).toContain('names Ruth Okafor');
  });

  it('should not take a word out of a handle for its bearer in a remark on the page', () => {
    const dump = dumpOf(
      ['nora_gazette', 'The evening boat skips the north pier twice a week now.'],
      ['Pim', 'Gazette, why do my comments vanish when I hit post?'],
      ['Ada', 'nora_gazette, did your comments vanish when you hit post too?'],
    );
    expect(reasons(dump, 1, 0)).toEqual([]);
    // The whole handle still calls on its bearer.
    expect(reasons(dump, 2, 0)[0]).toBe('addresses nora_gazette by name');
  });

  it('should read a commenter called by the role their title gives them', () => {
    const dump = dumpOf(
      ['Dr. Ines Okafor', 'Seasickness pills work best an hour before boarding.'],
      ['Max', 'What the doctor said about the pills helped on the late boat.'],
    );
    expect(reasons(dump, 1, 0)).toContain("names Dr. Ines Okafor by their title's role");
  });

  it('should read nothing of a commenter who signs no name', () => {
    const comments = [
      { author: null, body: 'Jim here: the ferry was late again.' },
      { author: 'Max', body: 'Thanks Jim, that matches.' },
    ];
    expect(reasons(prepareDump(comments, makeDoc('Ferry Fares Rise', []).article), 1, 0)).toEqual(
      [],
    );
  });
});
