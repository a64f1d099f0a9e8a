import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layOutDump } from '../../src/core/lay-out-dump.ts';
import { parseStructure } from '../../src/core/parse-structure.ts';

const NYT = readFileSync('seeds/000_ee58b0036ea7db85.txt', 'utf8');
const INDENTED = readFileSync('seeds/002_2cf2c4a3a6e85ec2.txt', 'utf8');

describe('layOutDump', () => {
  it('should give every comment the id and place the whole structure gives it, in page order', () => {
    for (const text of [NYT, INDENTED]) {
      const laid = layOutDump(text);
      const structure = parseStructure(text);
      if (!laid.ok || !structure.ok) throw new Error('parse failed');
      const { comments } = structure.value.doc;
      expect(laid.value.ids).toEqual(comments.map((c) => c.id));
      expect(laid.value.places).toEqual(comments.map((c) => c.location));
      expect(laid.value.dump.comments.map((c) => c.body)).toEqual(comments.map((c) => c.body));
    }
  });

  it('should say which layout it read, and return a typed error for a text with no comments', () => {
    const flat = layOutDump(NYT);
    expect(flat.ok && flat.value.dump.format).toBe('nyt');
    const indented = layOutDump(INDENTED);
    expect(indented.ok && indented.value.dump.format).toBe('indented');
    expect(layOutDump('')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });
});
