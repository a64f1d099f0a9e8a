import { describe, expect, it } from 'vitest';
import { addressesByName } from '../../../../src/core/replies/cues/addresses-by-name.ts';
import { nameVariants } from '../../../../src/core/replies/cues/name-variants.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import { remarkPastAside } from '../../../../src/core/replies/cues/remark-past-aside.ts';

const tokensOf = (body: string) => prepareComment('Reader', body).tokens;

describe('remarkPastAside', () => {
  it('should find the remark after an aside in brackets that follows a name', () => {
    const tokens = tokensOf('Lena (the Oakdale one) says the ferry is late.');
    expect(remarkPastAside(tokens, 1, tokens.at(0)?.after ?? '')).toBe(true);
  });

  it('should not find one where no aside follows, or no remark follows it', () => {
    const plain = tokensOf('Lena says the ferry is late.');
    expect(remarkPastAside(plain, 1, plain.at(0)?.after ?? '')).toBe(false);
    const noRemark = tokensOf('Lena (the Oakdale one) and I both ride it.');
    expect(remarkPastAside(noRemark, 1, noRemark.at(0)?.after ?? '')).toBe(false);
  });

  it('should make a name before the aside a remark about its commenter', () => {
    const reply = prepareComment('Reader', 'Lena (the Oakdale one) says the ferry is late.');
    expect(addressesByName(reply, 'Lena', nameVariants('Lena'))?.score).toBeGreaterThan(0.85);
  });
});
