import { describe, expect, it } from 'vitest';
import { nameVariants } from '../../../../src/core/replies/cues/name-variants.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { usesAsWord } from '../../../../src/core/replies/cues/uses-as-word.ts';

const partOf = (name: string, word: string) => {
  const v = nameVariants(name).find((x) => x.words.join(' ') === word);
  if (v === undefined) throw new Error(`no variant ${word} of ${name}`);
  return v;
};

describe('usesAsWord', () => {
  it("should read a handle's part its owner writes as a word of the page, not as their name", () => {
    const own = [prepareComment('MVH_nurse22', 'MVH kept me on nights for six years.')];
    expect(usesAsWord('MVH_nurse22', own, partOf('MVH_nurse22', 'mvh'))).toBe(true);
  });

  it('should leave the part a name when its owner never writes it', () => {
    const own = [prepareComment('MVH_nurse22', 'The night shift is the hardest to staff.')];
    expect(usesAsWord('MVH_nurse22', own, partOf('MVH_nurse22', 'mvh'))).toBe(false);
  });

  it('should leave whole handles and names with a space alone', () => {
    const handle = [prepareComment('Ridgewood', 'Ridgewood has had this rule for years.')];
    expect(usesAsWord('Ridgewood', handle, partOf('Ridgewood', 'ridgewood'))).toBe(false);
    const person = [prepareComment('Owen Marsh', 'Marsh Road floods every spring.')];
    expect(usesAsWord('Owen Marsh', person, partOf('Owen Marsh', 'marsh'))).toBe(false);
  });
});

describe('usesAsWord, a namesake on the page', () => {
  it('should leave the part a name when another commenter goes by it as a given name', () => {
    const own = [prepareComment('Nell_R_88', "The mail went to the other Nell's house again.")];
    expect(usesAsWord('Nell_R_88', own, partOf('Nell_R_88', 'nell'))).toBe(true);
    expect(usesAsWord('Nell_R_88', own, partOf('Nell_R_88', 'nell'), true)).toBe(false);
  });
});
