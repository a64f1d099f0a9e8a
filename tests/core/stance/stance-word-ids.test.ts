import { describe, expect, it } from 'vitest';
import { StanceWordIds } from '../../../src/core/stance/stance-word-ids.ts';
import { hashOf } from '../../../src/core/stance/word-table.ts';

describe('StanceWordIds', () => {
  it('should give a word the same id wherever it is read, and other words other ids', () => {
    const t = new StanceWordIds(() => undefined);
    const text = 'peace talks, peace';
    const peace = t.idAt(text, 0, 5, hashOf('peace'));
    expect(t.idAt(text, 13, 18, hashOf('peace'))).toBe(peace);
    expect(t.idOf('peace')).toBe(peace);
    const talks = t.idAt(text, 6, 11, hashOf('talks'));
    expect(talks).not.toBe(peace);
    expect(t.words[peace]).toBe('peace');
    expect(t.words[talks]).toBe('talks');
  });

  it('should describe each distinct word once, when first met', () => {
    const asked: string[] = [];
    const t = new StanceWordIds((word) => {
      asked.push(word);
      return word === 'puppet' ? { flags: 8, cues: 1 } : undefined;
    });
    for (const w of ['puppet', 'deal', 'puppet', 'deal']) t.idOf(w);
    expect(asked).toEqual(['puppet', 'deal']);
    expect(t.infos[t.idOf('puppet')]).toEqual({ flags: 8, cues: 1 });
    expect(t.infos[t.idOf('deal')]).toBeUndefined();
  });

  it('should leave valences unknown until the lexicon fills them', () => {
    const t = new StanceWordIds(() => undefined);
    expect(t.valences[t.idOf('good')]).toBeNaN();
  });

  it('should keep every id through growth, telling apart words that share a hash slot', () => {
    const t = new StanceWordIds(() => undefined);
    const ids = Array.from({ length: 20_000 }, (_, i) => t.idOf(`w${i}`));
    expect(new Set(ids).size).toBe(20_000);
    for (let i = 0; i < 20_000; i += 1) expect(t.idOf(`w${i}`)).toBe(ids[i]);
    expect(t.full).toBe(false);
  });

  it('should say it is full at its limit of distinct words', () => {
    const t = new StanceWordIds(() => undefined);
    for (let i = 0; i < 200_000; i += 1) t.idOf(`w${i}`);
    expect(t.full).toBe(true);
    expect(t.idOf('w7')).toBe(7);
  });
});
