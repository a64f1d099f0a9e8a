import { describe, expect, it } from 'vitest';
import { namesByRole } from '../../../../src/core/replies/cues/names-by-role.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { inferReplies } from '../../../../src/core/replies/infer-replies.ts';
import { makeDoc } from '../../support/thread-fixture.ts';

const vet = prepareComment('Dr. Ines Okafor', 'Ticks are worse this year; check the dogs daily.');
const walker = prepareComment('Bram Tell', 'Ticks are worse this year; check the dogs daily.');

describe('namesByRole', () => {
  it('should point at the commenter signing as a doctor when a reply speaks of "the doctor"', () => {
    const reply = prepareComment(
      'Lou',
      'Like the doctor says, collars alone do not keep ticks off.',
    );
    expect(namesByRole(reply, vet, 'Dr. Ines Okafor')?.reason).toBe(
      "names Dr. Ines Okafor by their title's role",
    );
  });

  it('should read the role from the title spelt out as from its short form', () => {
    const reply = prepareComment(
      'Lou',
      'Like the doctor says, collars alone do not keep ticks off.',
    );
    const spelt = prepareComment('Doctor Ines Okafor', 'Check the dogs daily.');
    expect(namesByRole(reply, spelt, 'Doctor Ines Okafor')).not.toBeNull();
  });

  it('should read a council title as a role ("the councilman")', () => {
    const reply = prepareComment('Lou', 'The councilman never said when the trail reopens.');
    const member = prepareComment('Councilman Raul Ortiz', 'The trail reopens soon.');
    expect(namesByRole(reply, member, 'Councilman Raul Ortiz')).not.toBeNull();
    expect(namesByRole(reply, vet, 'Dr. Ines Okafor')).toBeNull();
  });

  it('should read a chief as a role ("the chief")', () => {
    const reply = prepareComment('Lou', 'Agree with the chief about the hydrants.');
    const chief = prepareComment('Chief Ana Ruiz', 'Half the hydrants were never flushed.');
    expect(namesByRole(reply, chief, 'Chief Ana Ruiz')).not.toBeNull();
    expect(namesByRole(reply, vet, 'Dr. Ines Okafor')).toBeNull();
  });

  it('should not point at a commenter whose name carries no such title', () => {
    const reply = prepareComment(
      'Lou',
      'Like the doctor says, collars alone do not keep ticks off.',
    );
    expect(namesByRole(reply, walker, 'Bram Tell')).toBeNull();
  });

  it('should not read a longer word that starts like the role ("the docket")', () => {
    const reply = prepareComment('Lou', 'The tick spraying is on the docket for March.');
    expect(namesByRole(reply, vet, 'Dr. Ines Okafor')).toBeNull();
  });

  it('should not take one role for another ("the coach" is not the doctor)', () => {
    const reply = prepareComment('Lou', 'Ask the coach whether the field was sprayed.');
    expect(namesByRole(reply, vet, 'Dr. Ines Okafor')).toBeNull();
  });

  it('should place a reply recalling "the doctor" under her comment, past new subjects', () => {
    const comments = [
      ['Dr. Ines Okafor', 'Ticks are worse this year; check the dogs daily after the trail.'],
      ['Gus Hale', 'Will the parking lot at the trailhead be repaved before summer?'],
      ['Mia Lund', 'The bridge over the creek has a loose board near the middle.'],
      ['Ola Berg', 'Dog waste bags ran out at the north gate again this weekend.'],
      ['Lou Park', 'What the doctor wrote about checking daily saved our beagle in May.'],
    ].map(([author, body]) => ({ author: author ?? null, rawLocation: null, body: body ?? '' }));
    const guesses = inferReplies(comments, makeDoc('Trail Reopens', []).article);
    expect(guesses[4]?.parentIndex).toBe(0);
  });
});
