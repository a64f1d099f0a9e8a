import { describe, expect, it } from 'vitest';
import { detectSarcasm } from '../../../src/core/stance/sarcasm.ts';
import { splitMarkedAt, splitSentences } from '../../../src/core/stance/split-sentences.ts';
import { vocabularyIds } from '../../../src/core/stance/vocabulary.ts';

const detect = (text: string) => detectSarcasm(splitSentences(text));

describe('detectSarcasm', () => {
  it('should flag an exclamatory praise opener followed by more text', () => {
    const hit = detect('Great ideas! Put Iran on the border to make peace.');
    expect(hit?.cue).toBe('sarcasm: "Great ideas!"');
    expect([...(hit?.sentences ?? [])]).toEqual([0]);
  });

  it('should flag ironic set phrases wherever they are', () => {
    expect(detect('Two despots are on the case. What could go wrong?')?.sentences.has(1)).toBe(
      true,
    );
  });

  it('should flag general ironic forms: mock verdicts, "nothing says … like", "that worked so well"', () => {
    expect(detect('Let the arsonist run the fire department. Genius.')?.sentences.has(1)).toBe(
      true,
    );
    expect(detect('Nothing says strength like a bow to the Kremlin.')).not.toBeNull();
    expect(detect('Another truce. Because that worked so well last time.')).not.toBeNull();
    expect(detect('Makes perfect sense. Hand them the keys.')?.sentences.has(0)).toBe(true);
  });

  it('should flag praise in scare quotes but not a quoted name of the talks', () => {
    expect(detect('What a "historic" summit that was.')?.cue).toContain('scare quotes');
    expect(detect('The "reset" of 2009 got us New START.')).toBeNull();
  });

  it('should not read a sincere trailing word of praise or a first-sentence verdict as mockery', () => {
    expect(detect('The talks resumed today. Good.')).toBeNull();
    expect(detect('Brilliant diplomacy by both sides.')).toBeNull();
  });

  it('should flag praise that runs straight into its consequence', () => {
    expect(detect('Cool, so invading a neighbour gets you a summit now.')?.sentences.has(0)).toBe(
      true,
    );
    expect(detect('Wonderful. Now Moscow can redraw the map.')?.sentences.has(1)).toBe(true);
    expect(detect('Oh great, the fox and the other fox agree.')).not.toBeNull();
    expect(detect('Moscow gets relief, we get a promise. Great trade.')?.sentences.has(1)).toBe(
      true,
    );
  });

  it('should flag "because … worked so well" whatever comes between', () => {
    expect(detect('Sure, because the last five promises worked out so well.')).not.toBeNull();
  });

  it('should not read mock praise of the comment section as mockery of the talks', () => {
    expect(detect('Oh great, another thread full of armchair generals.')).toBeNull();
    expect(detect('Great, another article that buries the lede.')).toBeNull();
    expect(detect('Oh great, another summit with nothing on paper.')).not.toBeNull();
  });

  it("should not read mock praise of a pundit's analysis as mockery of the talks", () => {
    expect(detect("Oh lovely, another 'expert analysis' from a desk in London.")).toBeNull();
    expect(
      detect('Wonderful, another hot take on Moscow from a man who never left Ohio.'),
    ).toBeNull();
  });

  it('should leave sincere one-line praise alone', () => {
    expect(detect('This is fantastic.')).toBeNull();
    expect(detect('Great news for Europe.')).toBeNull();
  });

  it('should find the same on sentences split with the vocabulary, read from their flags', () => {
    const texts = [
      'Two despots are on the case. What could go wrong?',
      'Ok. Problem solved, they say.',
      'Yeah, right. Sure.',
      'Hmm. Good luck with that.',
      'Nothing says peace like a tank parade. Fine.',
      'Because that worked so well last time. Ok.',
      'No irony here. None at all.',
    ];
    for (const text of texts) {
      const looked = detectSarcasm(splitMarkedAt(text, vocabularyIds()), '', true, true);
      expect(looked).toEqual(detect(text));
    }
  });

  it('should read mock delight, a denied link and an argument undercut as sarcasm', () => {
    expect(detect('Love how every treaty ends with their tanks somewhere new.')?.cue).toBe(
      'sarcasm: "love how"',
    );
    expect(detect('Amazing how the hackers always go quiet during a summit.')).not.toBeNull();
    expect(detect('The oil deal came a week after the loan. Pure coincidence.')).not.toBeNull();
    expect(detect("I'm sure the timing is totally unrelated.")).not.toBeNull();
    expect(detect('Open skies sounds nice until they fly over your base.')).not.toBeNull();
    expect(detect('Sure. Let’s lift the rest of the sanctions too.')).not.toBeNull();
    expect(detect('Lovely summit. Meanwhile the shelling goes on.')).not.toBeNull();
  });

  it('should leave meant praise, and mock delight about the page, alone', () => {
    // "Funny how" mocks the critics as often as the deal.
    expect(detect('Funny how the hawks loved summits when their man held them.')).toBeNull();
    expect(detect('Love how the comments here turn into the same fight every time.')).toBeNull();
    expect(detect('Nice summit. The follow-up talks start in March.')).toBeNull();
    expect(detect('Completely unrelated, but the font on this site changed.')).toBeNull();
  });
  it('should read praise undercut by "Next…" and a praise opener with a comma as sarcasm', () => {
    expect(detect('Perfect. Next they will invite them to audit our elections.')).not.toBeNull();
    expect(
      detect('Wonderful news, friends! He gave his word. We all know what that means.'),
    ).not.toBeNull();
  });

  it('should not read mock delight about the page or the coverage as sarcasm about the talks', () => {
    expect(detect('Love how the live blog repeats one quote all morning.')).toBeNull();
    expect(detect("Love how the 'coverage' is one photo of two chairs.")).toBeNull();
  });

  it('should not read "oh sure" about the comment section as sarcasm about the talks', () => {
    expect(detect('Oh sure, this thread will fix the Middle East by dinner.')).toBeNull();
    expect(detect('Oh sure, they will keep their word this time.')).not.toBeNull();
  });
});
