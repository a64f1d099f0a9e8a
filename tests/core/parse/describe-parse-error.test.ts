import { describe, expect, it } from 'vitest';
import { describeParseError, firstLines } from '../../../src/core/parse/describe-parse-error.ts';

describe('describeParseError', () => {
  it('should name both supported layouts and keep the first three lines with text', () => {
    const text = '\n# Shopping list\r\n\n- eggs\n- milk\n- bread\n';
    const e = describeParseError(
      { code: 'unknown-layout', message: 'neither layout', line: null },
      text,
      'list.md',
    );
    expect(e.code).toBe('unknown-layout');
    expect(e.message).toContain('“list.md”');
    expect(e.message).toMatch(/"nyt"/);
    expect(e.message).toMatch(/"indented"/);
    expect(e.firstLines).toEqual(['# Shopping list', '- eggs', '- milk']);
  });

  it('should cut a very long first line so the message stays readable', () => {
    const [line] = firstLines('x'.repeat(1_000_000));
    expect(line).toBe(`${'x'.repeat(120)}…`);
  });

  it('should keep the line number of a malformed part', () => {
    const e = describeParseError(
      { code: 'malformed', message: 'bad bullet', line: 42 },
      '',
      'a.txt',
    );
    expect(e).toMatchObject({ code: 'malformed', line: 42 });
    expect(e.message).toContain('line 42');
  });
});
