import { describe, expect, it } from 'vitest';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const sign = (text: string) =>
  Math.sign(generalCues(text.toLowerCase()).reduce((s, c) => s + c.weight, 0));

describe('generalCues', () => {
  it('should read distrust, giveaways and rewarded aggression as against the rapprochement', () => {
    expect(sign("Honestly I don't trust the Kremlin an inch.")).toBe(-1);
    expect(sign('Lifting the embargo now rewards their aggression.')).toBe(-1);
    expect(sign('We got nothing and they got the photo.')).toBe(-1);
    expect(cuesOf('He is cozying up to Moscow again.')).toContain('played by the other side');
  });

  it('should read gifts to the other side and relief handed to a regime as rewarded aggression', () => {
    expect(cuesOf('Sanctions relief is one more of his gifts to Moscow.')).toContain(
      'rewards aggression',
    );
    expect(cuesOf("You don't hand concessions to a regime that still holds hostages.")).toContain(
      'rewards aggression',
    );
  });

  it('should read engagement defended and the hawks answered as for it', () => {
    expect(sign('Diplomacy with Moscow is the only way forward and the sane one.')).toBe(1);
    expect(sign('The neocons are apoplectic, which is reassuring.')).toBe(1);
    expect(sign('Talking is not appeasement.')).toBe(1);
  });

  it('should not read an aside about the same names as a position', () => {
    expect(cuesOf('Obama talked to Russia too, we just never heard about it.')).toEqual([]);
    expect(cuesOf('Reagan and Gorbachev stayed at that hotel.')).toEqual([]);
    expect(cuesOf("Wanting peace doesn't make anyone a traitor.")).toEqual([]);
    // The writer reporting the charge made against them, with or without the article.
    expect(cuesOf('My brother says I am traitor for writing this.')).not.toContain('treason');
  });

  it('should read working with them on a named task as in our interest as support', () => {
    expect(cuesOf('Cooperating with them against piracy is in our interest.')).toContain(
      'engagement is the sane course',
    );
  });

  it('should read "let them agree", a laugh all the way to the bank and Yalta as signed cues', () => {
    expect(cuesOf('please let them agree on something.')).toContain('let them talk');
    expect(cuesOf('the kremlin must be laughing all the way to the bank.')).toContain(
      'played by the other side',
    );
    expect(cuesOf('yalta was a cordial summit too, and poland paid.')).toContain('appeasement');
  });

  it('should leave a laugh in a photo and Yalta dated alone', () => {
    expect(cuesOf('putin is laughing in this photo, as usual.')).not.toContain(
      'played by the other side',
    );
    expect(cuesOf('yalta was in february 1945, for the record.')).not.toContain('appeasement');
    expect(cuesOf('people comparing this to yalta should read about it.')).not.toContain(
      'appeasement',
    );
    expect(cuesOf('people saying this is yalta again should read about it.')).not.toContain(
      'appeasement',
    );
  });

  it('should read advice to let the man negotiate or to try talking as let them talk', () => {
    expect(cuesOf('Let the president negotiate.')).toContain('let them talk');
    expect(cuesOf('Sit down and talk with them, for heaven’s sake.')).toContain('let them talk');
    expect(cuesOf('Maybe try diplomacy for once.')).toContain('let them talk');
    expect(cuesOf('Keep the grain talks going.')).toContain('let them talk');
    expect(cuesOf('Let the dog out and keep the party going.')).not.toContain('let them talk');
  });

  it('should read "this won’t end well" and "any way but badly" as will fail', () => {
    expect(cuesOf("He skipped the briefing. This won't end well.")).toContain('will fail');
    expect(cuesOf("I can't see this ending any other way but badly.")).toContain('will fail');
    expect(cuesOf("All's well that ends well.")).not.toContain('will fail');
  });

  it('should read a starry-eyed president as naive, but not the writer saying they are not naive', () => {
    expect(cuesOf('The cabinet went starry-eyed over the visit.')).toContain('naive');
    expect(cuesOf("I'm not naive about the man, but they should try.")).not.toContain('naive');
    expect(cuesOf('Call me naive, but I like it.')).not.toContain('naive');
  });

  it('should not read what the other side is said to say as the writer calling it the enemy', () => {
    expect(cuesOf('Their TV says Russia is our enemy, ours says the same of them.')).not.toContain(
      'an enemy, not a partner',
    );
    expect(cuesOf('Make no mistake: Russia is an adversary.')).toContain('an enemy, not a partner');
  });
});
