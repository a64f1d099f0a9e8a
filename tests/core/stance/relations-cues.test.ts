import { describe, expect, it } from 'vitest';
import { generalCues } from '../../../src/core/stance/general-cues.ts';

const cuesOf = (text: string) => generalCues(text.toLowerCase()).map((c) => c.cue);
const sign = (text: string) =>
  Math.sign(generalCues(text.toLowerCase()).reduce((s, c) => s + c.weight, 0));

describe('relations cues (wider US–Russia arguments)', () => {
  it('should read the history of engagement and shared interests as for the rapprochement', () => {
    expect(cuesOf('Nixon negotiated with Brezhnev and nobody died of it.')).toContain(
      'engagement worked before',
    );
    expect(cuesOf('Terrorism is a common enemy, so cooperate.')).toContain('interests in common');
    expect(sign('We need Moscow on North Korea, like it or not.')).toBe(1);
  });

  it('should read talking defended against its alternative as for it', () => {
    expect(cuesOf('Why is everybody scared of a meeting?')).toContain(
      'talking is normal diplomacy',
    );
    expect(cuesOf('And what is the alternative? More sabre rattling?')).toContain(
      'the alternative is worse',
    );
    expect(cuesOf("It's about time the two sides de-escalated.")).toContain('time for a thaw');
    expect(cuesOf('Sanctions only hurt ordinary people.')).toContain('sanctions hurt, not help');
    expect(sign('Cautiously optimistic about this one.')).toBe(1);
  });

  it('should turn round the critics’ label when it is named to be mocked', () => {
    expect(cuesOf('Calling any summit "appeasement" is lazy.')).toContain(
      'mocks the critics’ label',
    );
    expect(sign('The hawks need a permanent enemy to justify budgets.')).toBe(1);
  });

  it('should read broken promises, wins for Putin and exposed allies as against it', () => {
    expect(cuesOf('The Kremlin broke every ceasefire it agreed to.')).toContain('breaks its word');
    expect(cuesOf('This hands Putin a victory he did not earn.')).toContain('a win for Putin');
    expect(cuesOf('It only emboldens Moscow.')).toContain('a win for Putin');
    expect(cuesOf('Kyiv must be alarmed by this.')).toContain('allies left exposed');
    expect(cuesOf('What does Putin have on him?')).toContain('compromised');
    expect(cuesOf('He never criticizes Putin, ever.')).toContain('compromised');
  });

  it('should read the regime’s record, sanctions kept and meddling as against it', () => {
    expect(cuesOf('A state that poisons dissidents abroad.')).toContain('the regime’s record');
    expect(cuesOf('Russia is not our ally.')).toContain('not our friend');
    expect(cuesOf('Keep the sanctions until Crimea is returned.')).toContain('keep the sanctions');
    expect(cuesOf('They meddled in our elections.')).toContain('election interference');
    expect(cuesOf('Shameful.')).toContain('calls it shameful');
  });

  it('should not read plain facts about the same subjects as a position', () => {
    expect(cuesOf('Reagan and Gorbachev stayed at that hotel.')).toEqual([]);
    expect(cuesOf('The hotline was set up in 1963.')).toEqual([]);
    expect(cuesOf('Officials have lied to you before, he said.')).toEqual([]);
    expect(cuesOf('The Senate votes on the sanctions bill next week.')).toEqual([]);
  });

  it('should read ordinary statecraft as normal diplomacy, but not when it is denied', () => {
    expect(cuesOf('Meeting your rival is routine statecraft.')).toContain(
      'talking is normal diplomacy',
    );
    expect(cuesOf('Nothing about this is normal diplomacy.')).not.toContain(
      'talking is normal diplomacy',
    );
    expect(cuesOf('Nothing about this is normal.')).not.toContain('talking is normal diplomacy');
    expect(sign('This is hardly routine diplomacy.')).toBe(0);
  });
});
