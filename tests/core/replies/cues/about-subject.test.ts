import { describe, expect, it } from 'vitest';
import { aboutPhrase, aboutSubject } from '../../../../src/core/replies/cues/about-subject.ts';

const subject = (opening: string) => [...aboutSubject(opening, new Map())];

describe('aboutSubject', () => {
  it('should take the content words after "said about" or "made about"', () => {
    expect(subject('What Deb said about the lentil patty is the real story.')).toEqual([
      'lentil',
      'patty',
    ]);
    expect(subject('The point Becca made about Dunmore is the one to hear.')).toEqual(['dunmor']);
  });

  it('should find no subject where none is named', () => {
    expect(subject('What Deb said.')).toEqual([]);
    expect(subject('This is about the lentil patty.')).toEqual([]);
  });

  it('should give the subject as a phrase only when it has two words or more', () => {
    expect(aboutPhrase('What Tanisha said about the air monitor. Real-time data.')).toBe(
      'air monitor',
    );
    expect(aboutPhrase('What Mensah said about heat should be the headline.')).toBeNull();
  });
});
