import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerShape } from '../../../src/core/parse/header-shape.ts';
import { HeaderMemo } from '../../../src/core/parse/header-memo.ts';
import { scoreHeader } from '../../../src/core/parse/score-header.ts';

const line = fc.constantFrom(
  'Mary (Atlanta, GA)',
  'Mary (Atlanta, GA)  ',
  'Step 2 (see above)',
  'Billy (The woods are lovely, dark and deep.)',
  'Ann ()',
  'plain prose.',
  '  Indented (Place)',
);
const context = fc.record({
  afterBlank: fc.boolean(),
  afterHeader: fc.boolean(),
  indented: fc.boolean(),
  knownAuthor: fc.boolean(),
});

describe('HeaderMemo', () => {
  it('should give the shape and score headerShape and scoreHeader give, however often asked', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, context), { maxLength: 30 }), (asks) => {
        const memo = new HeaderMemo();
        for (const [text, ctx] of asks) {
          const shape = memo.shape(text);
          expect(shape).toEqual(headerShape(text));
          if (shape !== null) expect(memo.score(shape, ctx)).toBe(scoreHeader(shape, ctx));
        }
      }),
    );
  });

  it('should hand back the same shape object for a repeated line', () => {
    const memo = new HeaderMemo();
    expect(memo.shape('Bo (Rome)')).toBe(memo.shape('Bo (Rome)'));
  });
});
