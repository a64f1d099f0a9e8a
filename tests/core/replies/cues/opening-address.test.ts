import { describe, expect, it } from 'vitest';
import { openingAddress } from '../../../../src/core/replies/cues/opening-address.ts';

describe('openingAddress', () => {
  it('should read "@name", "name:" and initials at the start', () => {
    expect(openingAddress('@Lisa Tran glad for your kids')).toEqual({
      kind: 'at',
      name: 'Lisa Tran',
    });
    expect(openingAddress('@bowhunter_tk42 I bowhunt too')).toEqual({
      kind: 'at',
      name: 'bowhunter_tk42',
    });
    expect(openingAddress("@Lisa Tran I'm with you")).toEqual({ kind: 'at', name: 'Lisa Tran' });
    expect(openingAddress('@gooner_in_exile eleven goals')).toEqual({
      kind: 'at',
      name: 'gooner_in_exile',
    });
    expect(openingAddress('Tom: the stores that close')).toEqual({ kind: 'colon', name: 'Tom' });
    expect(openingAddress('J. R., nobody on the council')).toEqual({
      kind: 'initials',
      name: 'J. R.',
    });
    expect(openingAddress('Dr. N., do the centers work?')).toEqual({
      kind: 'initials',
      name: 'Dr. N.',
    });
  });

  it('should read a handle with digits, a dot or an underscore as a vocative', () => {
    expect(openingAddress('islander_1962, the district must')).toEqual({
      kind: 'handle',
      name: 'islander_1962',
    });
    expect(openingAddress('marco.r, no')).toEqual({ kind: 'handle', name: 'marco.r' });
    expect(openingAddress('Well, this is odd.')).toBeNull();
  });

  it('should read a handle with an underscore or digits opening a sentence without a comma', () => {
    expect(openingAddress('river_rat_7 did the ferry run late again?')).toEqual({
      kind: 'handle',
      name: 'river_rat_7',
    });
    expect(openingAddress('sam1984 how far is the new stop?')).toEqual({
      kind: 'handle',
      name: 'sam1984',
    });
    expect(openingAddress("ridgerunner44 I'll ask at the landowner meeting.")).toEqual({
      kind: 'handle',
      name: 'ridgerunner44',
    });
    // A number or a dotted abbreviation opening a sentence is no handle.
    expect(openingAddress('2016 was the last time they tried this.')).toBeNull();
    expect(openingAddress('3.5 million riders a year is a lot.')).toBeNull();
  });

  it('should read "@Dr. Name" whole and initials after a thank-you', () => {
    expect(openingAddress('@Dr. Ines Carvalho the 7:00 boat')).toEqual({
      kind: 'at',
      name: 'Dr. Ines Carvalho',
    });
    expect(openingAddress('Thanks, T. R. Four boats is not nothing.')).toEqual({
      kind: 'initials',
      name: 'T. R.',
    });
    expect(openingAddress('Thanks, everyone.')).toBeNull();
  });

  it('should read "What Gordon said" and "Agree with Frank"', () => {
    expect(openingAddress('What Gordon said.')).toEqual({ kind: 'what-said', name: 'Gordon' });
    expect(openingAddress('Agree with Frank. Announce it, cut a ribbon.')).toEqual({
      kind: 'agree-with',
      name: 'Frank',
    });
  });

  it('should end the name of "Agree with" where the lower-case words begin', () => {
    expect(openingAddress('Agree with curator_emeritus about the storerooms.')).toEqual({
      kind: 'agree-with',
      name: 'curator_emeritus',
    });
    expect(openingAddress('agree with Mo about the shuttle.')).toEqual({
      kind: 'agree-with',
      name: 'Mo',
    });
  });

  it('should not take ordinary openings for an address', () => {
    expect(openingAddress('I agree with you entirely.')).toBeNull();
    expect(openingAddress('Agree with this.')).toBeNull();
    expect(openingAddress('Mark my words, in five years')).toBeNull();
    expect(openingAddress('What the council said was wrong.')).toBeNull();
    expect(openingAddress('Note: the vote was 7 to 2.')).toEqual({ kind: 'colon', name: 'Note' });
  });

  it('should read initials in "What J.T. said" and "Agree with K. L. W."', () => {
    expect(openingAddress('What J.T. said about the vendor cut.')).toEqual({
      kind: 'what-said',
      name: 'J.T.',
    });
    expect(openingAddress('Agree with K. L. W. on portions.')).toEqual({
      kind: 'agree-with',
      name: 'K. L. W.',
    });
  });

  it('should read "Same as X," as agreeing with X', () => {
    expect(openingAddress("Same as Dr. Baptiste, I'm skeptical too.")).toEqual({
      kind: 'agree-with',
      name: 'Dr. Baptiste',
    });
  });
});
