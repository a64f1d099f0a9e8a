import { describe, expect, it } from 'vitest';
import { addressesByName } from '../../../../src/core/replies/cues/addresses-by-name.ts';
import { nameVariants } from '../../../../src/core/replies/cues/name-variants.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { surnameInitial } from '../../../../src/core/replies/cues/surname-initial.ts';

const check = (body: string, name: string) =>
  addressesByName(prepareComment('Reader', body), name, nameVariants(name));

describe('surnameInitial', () => {
  it('should shorten a surname to its initial after the given name', () => {
    expect(surnameInitial(['Greta', 'Holloway'])).toEqual(['greta', 'h']);
    expect(surnameInitial(['Greta', 'H'])).toBeNull();
    expect(surnameInitial(['greta', 'holloway'])).toBeNull();
  });

  it('should read a given name and surname initial as that commenter, not a namesake', () => {
    const vocative = check(
      'Greta H., did the ferry ever run on time that summer?',
      'Greta Holloway',
    );
    expect(vocative?.reason).toBe('addresses Greta Holloway by name');
    expect(check('Greta H., did the ferry ever run on time?', 'Greta Baines')).toBeNull();
    expect(check('Greta H. has it right about the ferry.', 'Greta Holloway')).not.toBeNull();
    expect(check('Greta H. has it right about the ferry.', 'Greta Baines')).toBeNull();
  });
});
