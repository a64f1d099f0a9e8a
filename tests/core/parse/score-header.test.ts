import { describe, expect, it } from 'vitest';
import { headerShape } from '../../../src/core/parse/header-shape.ts';
import { scoreHeader, STRONG_HEADER_SCORE } from '../../../src/core/parse/score-header.ts';

const plain = { afterBlank: false, afterHeader: false, indented: false, knownAuthor: false };

function score(line: string, context = plain): number {
  const shape = headerShape(line);
  if (shape === null) throw new Error(`not header-shaped: ${line}`);
  return scoreHeader(shape, context);
}

describe('scoreHeader', () => {
  it('should rate an ordinary name and place as a clear header', () => {
    expect(score('Casey Dorman (Newport Beach, CA)')).toBeGreaterThanOrEqual(STRONG_HEADER_SCORE);
    expect(score('Vincent (Vt.)')).toBeGreaterThanOrEqual(STRONG_HEADER_SCORE);
  });

  it('should still accept a real header whose place reads like prose', () => {
    expect(score('Billy (The woods are lovely, dark and deep.)')).toBeGreaterThanOrEqual(0);
    expect(score('Citybumpkin (None of Your Business)')).toBeGreaterThanOrEqual(0);
  });

  it('should reject a numbered step starting a paragraph', () => {
    expect(score('Step 2 (the hard part)', { ...plain, afterBlank: true })).toBeLessThan(0);
    expect(score('Step 2 (the hard part)')).toBeLessThan(0);
  });

  it('should reject a sentence ending in a bracket', () => {
    expect(score('Well, I said so: really (again)')).toBeLessThan(0);
  });

  it('should weigh the line before: a header follows text, a paragraph follows a blank', () => {
    const line = 'I agree (mostly)';
    expect(score(line, { ...plain, afterBlank: true })).toBeLessThan(score(line));
  });

  it('should trust a name that heads other comments more', () => {
    const line = 'bb (berkeley)';
    expect(score(line, { ...plain, knownAuthor: true })).toBeGreaterThan(score(line));
  });

  it('should distrust an indented header-shaped line', () => {
    expect(score('Ann (Oslo)', { ...plain, indented: true })).toBeLessThan(score('Ann (Oslo)'));
  });
});
