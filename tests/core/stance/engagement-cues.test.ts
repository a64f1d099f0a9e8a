import { describe, expect, it } from 'vitest';
import { classifyStance } from '../../../src/core/stance/classify-stance.ts';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const labelOf = (text: string) => classifyStance({ body: text }).label;

describe('engagement cues (ways of speaking for the rapprochement)', () => {
  it('should read talking set against fighting as support, in any wording', () => {
    expect(cuesOf("I'd rather see them argue at a table than send armies.")).toContain(
      'prefers talking to fighting',
    );
    expect(labelOf('Sitting at a table beats sitting in a bunker.')).toBe('support');
    expect(labelOf('Diplomacy > drones.')).toBe('support');
    expect(labelOf('More summits, fewer funerals.')).toBe('support');
    expect(labelOf('Nobody wins a nuclear war.')).toBe('support');
  });

  it('should read an imperfect deal accepted for what it stops as support', () => {
    expect(cuesOf("A messy truce, sure. I'll take it.")).toContain('takes an imperfect deal');
    expect(labelOf('A ceasefire signed by people I dislike is still a ceasefire.')).toBe('support');
  });

  it('should read requests for the deal and welcoming words as support', () => {
    expect(labelOf('Keep the dialogue going.')).toBe('support');
    expect(labelOf('Give the talks a shot.')).toBe('support');
    expect(labelOf('Finally some sanity.')).toBe('support');
    expect(cuesOf('Meeting him in Vienna was the right call.')).toContain(
      'calls it the right call',
    );
  });

  it('should read lowered tension and reopened channels as support', () => {
    expect(cuesOf('Reopen the embassies and lower the temperature.')).toContain(
      'lowers the tension',
    );
  });

  it('should turn round the critics’ word when it is mocked, outweighing the word itself', () => {
    const stance = classifyStance({ body: "And the 'puppet' is the one ending a war." });
    expect(stance.label).toBe('support');
    expect(stance.cues).toContain('mocks the critics’ alarm');
    expect(labelOf('Quick, everyone clutch your pearls: two presidents talked.')).toBe('support');
  });

  it('should read distrust answered by verification as support', () => {
    const stance = classifyStance({
      body: "I don't trust Moscow an inch. You don't need trust for a verifiable treaty.",
    });
    expect(stance.label).toBe('support');
    expect(stance.cues[0]).toBe('verification, not trust');
  });

  it('should leave plain facts and questions about the same subjects neutral', () => {
    expect(labelOf('The hotline was set up in 1963.')).toBe('neutral');
    expect(labelOf('Reagan met Gorbachev in Reykjavik in 1986.')).toBe('neutral');
    expect(labelOf('The word "collusion" does not appear in the report.')).toBe('neutral');
    expect(labelOf('Does the ceasefire cover the whole border?')).toBe('neutral');
  });
  it("should not read two camps' quoted words, named side by side, as mocking one camp", () => {
    expect(
      labelOf("'Treason' and 'statesmanship' both get shouted here; few read the article."),
    ).toBe('neutral');
    expect(
      labelOf(
        "A question for the people yelling 'traitor' and the people yelling 'peace': what evidence would move you?",
      ),
    ).toBe('neutral');
  });

  it('should read "deserves a fair chance" and a mock "oh no, they agreed" as support', () => {
    expect(cuesOf('the arms talks deserve a fair chance.')).toContain('wants the deal made');
    expect(cuesOf('oh no, two old rivals agreed to share weather data.')).toContain(
      'mocks the critics’ alarm',
    );
  });

  it('should leave a student who deserves a fair chance and a plain "oh no" alone', () => {
    expect(cuesOf('oh no, i left my umbrella on the train.')).not.toContain(
      'mocks the critics’ alarm',
    );
    expect(labelOf('The team deserves a fair share of the prize money.')).toBe('neutral');
  });

  it('should read talking denied to be love, and "not a reward, a tool", as support', () => {
    expect(labelOf('negotiating with moscow doesnt mean liking moscow')).toBe('support');
    expect(labelOf("A summit isn't a favour, it's a tool. Hold one.")).toBe('support');
  });

  it('should leave a plain "doesn’t mean" and a gift to a friend alone', () => {
    expect(labelOf("A quiet border doesn't mean the war is over.")).not.toBe('support');
    expect(cuesOf("the watch isn't a gift, it's a loan.")).not.toContain('not a reward');
  });
});
