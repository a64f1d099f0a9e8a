import { describe, expect, it } from 'vitest';
import { reportsOfficial } from '../../../../src/core/replies/cues/reports-official.ts';

describe('reportsOfficial', () => {
  it('should recognise a comment opening on an official named by title', () => {
    expect(reportsOfficial('Mayor Ruth Delancey voted against this in committee.')).toBe(true);
    expect(reportsOfficial("Council chair Mark Feeney said the mural 'will bring traffic.'")).toBe(
      true,
    );
    expect(reportsOfficial('Public Works Director Oyelaran told the council otherwise.')).toBe(
      true,
    );
  });

  it('should not take a title without a name, or a name without a title, for news', () => {
    expect(reportsOfficial('Mayor said nothing about it at the meeting.')).toBe(false);
    expect(reportsOfficial('Ruth Delancey voted against this in committee.')).toBe(false);
  });
});
