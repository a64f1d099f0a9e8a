import { describe, expect, it } from 'vitest';
import { CHALLENGE } from '../../../../src/core/replies/cues/challenge.ts';

describe('CHALLENGE', () => {
  it('should read a "Then why…?" turned on a claim as a challenge', () => {
    expect(
      CHALLENGE.test('The mayor says the tolls "are not about money." Then why raise them?'),
    ).toBe(true);
    expect(CHALLENGE.test('Why are the tolls going up in March?')).toBe(false);
  });

  it('should read "Did anybody think about that?" closing a complaint as a challenge', () => {
    expect(CHALLENGE.test('The new lot floods every spring. Did anybody think about that?')).toBe(
      true,
    );
    expect(CHALLENGE.test('Has anyone bothered to read the permit?')).toBe(true);
    expect(CHALLENGE.test('Has anyone read the permit? I cannot find it.')).toBe(false);
    expect(CHALLENGE.test('Did anybody go to the permit hearing?')).toBe(false);
  });

  it('should read "Where was … then?" blaming an absence as a challenge', () => {
    expect(CHALLENGE.test('The dam leaked for years. Where was the county then?')).toBe(true);
    expect(CHALLENGE.test('Where was the meeting held?')).toBe(false);
  });
});
