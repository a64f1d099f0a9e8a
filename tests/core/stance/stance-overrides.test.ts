import { describe, expect, it } from 'vitest';
import {
  parseStanceOverrides,
  serializeStanceOverrides,
  STANCE_OVERRIDES_VERSION,
  withStanceOverride,
} from '../../../src/core/stance/stance-overrides.ts';

describe('stance overrides', () => {
  it('should set and remove one override without touching the original map', () => {
    const empty = new Map();
    const one = withStanceOverride(empty, 'a/x', 'neutral');
    expect(one.get('a/x')).toBe('neutral');
    expect(empty.size).toBe(0);
    expect(withStanceOverride(one, 'a/x', null).size).toBe(0);
  });

  it('should round-trip through its versioned text form', () => {
    const map = new Map([
      ['art/b2', 'oppose' as const],
      ['art/a1', 'support' as const],
    ]);
    const text = serializeStanceOverrides(map);
    expect(JSON.parse(text).version).toBe(STANCE_OVERRIDES_VERSION);
    const back = parseStanceOverrides(text);
    expect(back.ok && [...back.value]).toEqual([
      ['art/a1', 'support'],
      ['art/b2', 'oppose'],
    ]);
  });

  it('should report corrupt text and another version as typed errors, never throw', () => {
    const bad = parseStanceOverrides('{not json');
    expect(bad.ok ? null : bad.error.code).toBe('corrupt');
    const old = parseStanceOverrides(JSON.stringify({ version: 0, overrides: {} }));
    expect(old.ok ? null : old.error.code).toBe('old-version');
    expect(old.ok ? '' : old.error.message).toMatch(/another version/u);
    const shape = parseStanceOverrides(
      JSON.stringify({ version: STANCE_OVERRIDES_VERSION, overrides: [] }),
    );
    expect(shape.ok).toBe(false);
  });

  it('should drop and count entries that are not a comment key with a stance label', () => {
    const text = JSON.stringify({
      version: STANCE_OVERRIDES_VERSION,
      overrides: { 'a/1': 'support', 'a/2': 'maybe', nokey: 'oppose' },
    });
    const r = parseStanceOverrides(text);
    expect(r.ok && r.dropped).toBe(2);
    expect(r.ok && [...r.value.keys()]).toEqual(['a/1']);
  });
});

describe('stance overrides across versions', () => {
  it('should read version-1 (slug-keyed) labels as waiting to be moved, not as current ones', () => {
    const r = parseStanceOverrides(
      JSON.stringify({ version: 1, overrides: { 'talks/c1': 'oppose' } }),
    );
    expect(r.ok && [...r.value]).toEqual([]);
    expect(r.ok && [...r.legacy]).toEqual([['talks/c1', 'oppose']]);
  });

  it('should round-trip content-keyed labels with the slug-keyed ones still waiting', () => {
    const text = serializeStanceOverrides(
      new Map([['abcd/c1', 'support' as const]]),
      new Map([['gone/c2', 'neutral' as const]]),
    );
    const r = parseStanceOverrides(text);
    expect(r.ok && [...r.value]).toEqual([['abcd/c1', 'support']]);
    expect(r.ok && [...r.legacy]).toEqual([['gone/c2', 'neutral']]);
    expect(JSON.parse(serializeStanceOverrides(new Map()))).toEqual({ version: 2, overrides: {} });
  });
});
