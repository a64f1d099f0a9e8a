import { describe, expect, it } from 'vitest';
import { echoesRareWords } from '../../../../src/core/replies/cues/echoes-rare-words.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const df = new Map([
  ['postol', 2],
  ['aqueduct', 3],
  ['council', 9],
]);
const rare = (...pairs: [string, string][]) => new Map(pairs);

describe('echoesRareWords', () => {
  it('should score a shared rare word, more when the reply is short', () => {
    const shortReply = prepareComment('A', 'Who is Postol?');
    const longReply = prepareComment(
      'A',
      'Postol ' + 'and the rest of the engineers wrote about this at length, '.repeat(3),
    );
    const cand = rare(['postol', 'postol']);
    const s = echoesRareWords(shortReply, rare(['postol', 'postol']), cand, df, 'Dale')?.score ?? 0;
    const l = echoesRareWords(longReply, rare(['postol', 'postol']), cand, df, 'Dale')?.score ?? 0;
    expect(s).toBeGreaterThan(l);
    expect(l).toBeGreaterThan(0);
  });

  it('should not count the name the reply points at as a word another comment shares', () => {
    const reply = prepareComment('A', 'What Brook said. The aqueduct is fine.');
    const cand = rare(['brook', 'brook'], ['aqueduct', 'aqueduct']);
    const mine = rare(['brook', 'brook'], ['aqueduct', 'aqueduct']);
    const both = new Map([...df, ['brook', 2]]);
    expect(echoesRareWords(reply, mine, cand, both, 'Dale', 'Brook')?.reason).toBe(
      "echoes Dale's words (“aqueduct”)",
    );
    expect(
      echoesRareWords(reply, rare(['brook', 'brook']), cand, both, 'Dale', 'Brook'),
    ).toBeNull();
  });

  it('should name the echoed words in the reason', () => {
    const reply = prepareComment('A', 'The aqueduct again?');
    const hit = echoesRareWords(
      reply,
      rare(['aqueduct', 'aqueduct']),
      rare(['aqueduct', 'aqueduct']),
      df,
      'Dale',
    );
    expect(hit?.reason).toBe("echoes Dale's words (“aqueduct”)");
  });

  it('should count an opening question as an echo only when it is short', () => {
    const score = (body: string) =>
      echoesRareWords(
        prepareComment('A', body),
        rare(['aqueduct', 'aqueduct']),
        rare(['aqueduct', 'aqueduct']),
        df,
        'Dale',
      )?.score ?? 0;
    const echo = score('The aqueduct again? Really.');
    const proposal = score('Could the county simply close the old aqueduct for a summer? Really.');
    expect(echo).toBeGreaterThan(proposal);
  });

  it('should count a short opening statement built on two shared words as a stronger echo', () => {
    const words = rare(['aqueduct', 'aqueduct'], ['postol', 'postol']);
    const score = (body: string) =>
      echoesRareWords(prepareComment('A', body), words, words, df, 'Dale')?.score ?? 0;
    const later =
      ' We walked the whole length of it last summer with the kids and a picnic, and the stonework is still something to see.';
    const opens = score(`Postol's aqueduct was never the problem.${later}`);
    const inPassing = score(
      `Nobody here remembers the flood of 1974 anymore.${later} Postol, aqueduct.`,
    );
    expect(opens).toBeGreaterThan(inPassing);
    expect(opens).toBeGreaterThan(0.5);
  });

  it('should return null when nothing rare is shared', () => {
    const reply = prepareComment('A', 'The council again.');
    expect(echoesRareWords(reply, rare(), rare(['aqueduct', 'aqueduct']), df, 'Dale')).toBeNull();
  });
});
