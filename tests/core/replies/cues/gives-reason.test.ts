import { describe, expect, it } from 'vitest';
import { givesReason } from '../../../../src/core/replies/cues/gives-reason.ts';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';

const because = prepareComment('Ivo', 'Because the old surveys were lost in the 1998 flood.');

describe('givesReason', () => {
  it('should read a "Because…" under a why-question as the reason asked for', () => {
    const why = prepareComment('Lise', 'Dana, why did the county never finish the survey?');
    const howCome = prepareComment('Lise', 'How come nobody finished the survey?');
    expect(givesReason(because, why)).toBe(true);
    expect(givesReason(because, howCome)).toBe(true);
  });

  it('should not read a "Because…" as the answer to a question asking no reason', () => {
    const yesNo = prepareComment('Lise', 'Does anyone know if the county pays for the survey?');
    expect(givesReason(because, yesNo)).toBe(false);
  });

  it('should say nothing of a reply that does not open on "Because"', () => {
    const why = prepareComment('Lise', 'Why did the county never finish the survey?');
    expect(givesReason(prepareComment('Ivo', 'The surveys were lost.'), why)).toBeNull();
  });
});
