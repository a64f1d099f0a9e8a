import { describe, expect, it } from 'vitest';
import {
  isLiteralAlternation,
  requiredLiterals,
  requiredSets,
} from '../../../src/core/stance/required-literals.ts';

describe('requiredLiterals', () => {
  it('should name one literal per alternative, from the longest mandatory run', () => {
    expect(requiredLiterals(/puppet|dupe|collu/u)).toEqual(['puppet', 'dupe', 'collu']);
    expect(requiredLiterals(/\bsit down\b/u)).toEqual(['sit down']);
  });

  it('should spell out optional characters and small classes, and end a run at a repeat, a dot or an escape', () => {
    expect(requiredLiterals(/honou?red/u)).toEqual(['honoured', 'honored']);
    expect(requiredLiterals(/na.v/u)).toEqual(['na']);
    expect(requiredLiterals(/ab+c/u)).toEqual(['ab']);
    expect(requiredLiterals(/x{0,3}yz/u)).toEqual(['yz']);
    expect(requiredLiterals(/d[ée]tente/u)).toEqual(['détente', 'detente']);
    expect(requiredLiterals(/d[a-z]tente/u)).toEqual(['tente']);
    expect(requiredLiterals(/\u2026abc/u)).toEqual(['abc']);
  });

  it('should multiply out groups of plain alternatives, optional ones with and without', () => {
    expect(requiredLiterals(/(?:is|was) (?:good|great) /u)).toEqual([
      'is good ',
      'is great ',
      'was good ',
      'was great ',
    ]);
    expect(requiredLiterals(/(?:the )?(?:deal|talks)/u)).toEqual([
      'the deal',
      'the talks',
      'deal',
      'talks',
    ]);
    // Only the first repetition is contiguous with what comes before it.
    expect(requiredLiterals(/a(?:bcdef)*/u)).toEqual(['abcdef', 'a']);
    expect(requiredLiterals(/ab*c/u)).toEqual(['ab', 'a']);
    expect(requiredLiterals(/naïve/u)).toEqual(['naïve']);
  });

  it('should use a group that cannot be spelled out as a set of its own, when mandatory', () => {
    expect(requiredLiterals(/\w+ (?:putin|\w+ kremlin)/u)).toEqual(['putin', ' kremlin']);
    expect(requiredLiterals(/\w+(?:putin|\w+ kremlin)?/u)).toBeNull();
  });

  it('should ignore what a lookaround names, since it is not part of the match', () => {
    expect(requiredLiterals(/(?<!\bnot )traitor/u)).toEqual(['traitor']);
    expect(requiredLiterals(/great(?! article)/u)).toEqual(['great']);
  });

  it('should give null when some match may contain no literal', () => {
    expect(requiredLiterals(/(a|)/u)).toBeNull();
    expect(requiredLiterals(/\w+|war/u)).toBeNull();
    expect(requiredLiterals(/^$/u)).toBeNull();
  });

  it('should give null for flags it cannot honour (case folding, state between calls)', () => {
    expect(requiredLiterals(/omg/i)).toBeNull();
    expect(requiredLiterals(/omg/g)).toBeNull();
    expect(requiredLiterals(/omg/y)).toBeNull();
  });

  it('should keep, per alternative, every literal set of three or more characters', () => {
    expect(requiredSets(/\brussia (?:never|not|once) \w+ kept\b|\bbroken every deal\b/u)).toEqual([
      [['russia never ', 'russia not ', 'russia once '], [' kept']],
      [['broken every deal']],
    ]);
    expect(requiredSets(/\bsaid (?:\w+ )?no\b/u)).toEqual([[['said ']]]);
    expect(requiredSets(/a|\w+/u)).toBeNull();
  });

  it('should also keep a shorter set when each of its literals holds a character prose seldom has', () => {
    expect(requiredSets(/\btalk\w*\s*(?:>|beats)\s*\w+ war\b/u)).toEqual([
      [['talk'], ['>', 'beats'], [' war']],
    ]);
    expect(requiredSets(/\btalk\w*\s*(?:,|beats)\s*\w+ war\b/u)).toEqual([[['talk'], [' war']]]);
  });

  it('should call only a plain alternation of literals exact', () => {
    expect(isLiteralAlternation(/puppet|dupe|war ?party/u)).toBe(false);
    expect(isLiteralAlternation(/puppet|dupe|have on|co-operate/u)).toBe(true);
    expect(isLiteralAlternation(/\blie|lying/u)).toBe(false);
    expect(isLiteralAlternation(/omg|oh my god/i)).toBe(false);
  });
});
