import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildViewUrl, MAX_PARAM_LENGTH, parseViewUrl } from '../../../src/core/view/view-url.ts';
import { EMPTY_VIEW, type ViewState } from '../../../src/core/view/view-types.ts';
import { VIEW_PARAMS } from '../../../src/core/view/view-params.ts';

describe('parseViewUrl', () => {
  it('should read every LINKS.md parameter', () => {
    const { view, notices } = parseViewUrl(
      '?article=trump-and-putin-agree-to-seek-syria-cease-fire&q=sanctions&stance=support,neutral&loc=California&author=Vincent&thread=k3x9q2&comment=k3x9q2&view=stats&compare=a-b,c-d&sort=replies',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      article: 'trump-and-putin-agree-to-seek-syria-cease-fire',
      q: 'sanctions',
      stance: ['support', 'neutral'],
      loc: 'California',
      author: 'Vincent',
      thread: 'k3x9q2',
      comment: 'k3x9q2',
      mode: 'stats',
      compare: ['a-b', 'c-d'],
      sort: 'replies',
    });
  });

  it('should give the default view for an empty query string', () => {
    expect(parseViewUrl('')).toEqual({ view: EMPTY_VIEW, notices: [] });
    expect(parseViewUrl('?')).toEqual({ view: EMPTY_VIEW, notices: [] });
  });

  it('should decode percent-encoding and plus signs', () => {
    const { view } = parseViewUrl(
      '?q=cease+fire%20now&author=Iver%20Thompson&loc=S%C3%A3o%20Paulo',
    );
    expect(view.q).toBe('cease fire now');
    expect(view.author).toBe('Iver Thompson');
    expect(view.loc).toBe('São Paulo');
  });

  it('should de-duplicate stances, keep the valid ones and name the bad ones in a notice', () => {
    const { view, notices } = parseViewUrl('?stance=oppose,SUPPORT,bogus,oppose');
    expect(view.stance).toEqual(['support', 'oppose']);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.param).toBe('stance');
    expect(notices[0]?.message).toContain('bogus');
  });

  it('should ignore an unknown parameter with a notice and keep the rest', () => {
    const { view, notices } = parseViewUrl('?utm_source=x&q=war');
    expect(view.q).toBe('war');
    expect(notices.map((n) => n.param)).toEqual(['utm_source']);
  });

  it('should ignore a malformed percent sequence with a notice instead of throwing', () => {
    const { view, notices } = parseViewUrl('?q=%E0%A4%A&author=Vincent');
    expect(view.q).toBe('');
    expect(view.author).toBe('Vincent');
    expect(notices[0]?.param).toBe('q');
  });

  it('should ignore a value over the length cap', () => {
    const { view, notices } = parseViewUrl(`?q=${'a'.repeat(MAX_PARAM_LENGTH + 1)}`);
    expect(view.q).toBe('');
    expect(notices[0]?.message).toContain(String(MAX_PARAM_LENGTH));
  });

  it('should reject ids that are not URL-safe and sorts it does not know', () => {
    const { view, notices } = parseViewUrl('?comment=a%20b&thread=%3Cscript%3E&sort=random');
    expect(view.comment).toBeNull();
    expect(view.thread).toBeNull();
    expect(view.sort).toBe('page');
    expect(notices.map((n) => n.param)).toEqual(['comment', 'thread', 'sort']);
  });

  it('should reject an article value that is not a slug', () => {
    const { view, notices } = parseViewUrl('?article=Not%20A%20Slug');
    expect(view.article).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it('should use the first of a repeated parameter', () => {
    const { view, notices } = parseViewUrl('?q=first&q=second');
    expect(view.q).toBe('first');
    expect(notices).toHaveLength(1);
  });

  it('should cap the number of notices for a link full of junk', () => {
    const junk = Array.from({ length: 1000 }, (_, i) => `x${i}=1`).join('&');
    expect(parseViewUrl(junk).notices.length).toBeLessThanOrEqual(10);
  });

  it('should never throw on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { view } = parseViewUrl(s);
        expect(view.q.length).toBeLessThanOrEqual(MAX_PARAM_LENGTH);
      }),
      { numRuns: 200 },
    );
    // A property run, not a timing: a loaded CI machine must not fail it on the default 5 s.
  }, 30_000);

  it('should never throw on query strings built from real names and junk values', () => {
    const name = fc.constantFrom(...VIEW_PARAMS, 'x');
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('%', '%zz', '%E0%A4', 'support,,oppose', '+'),
    );
    const query = fc
      .array(fc.tuple(name, value))
      .map((ps) => `?${ps.map(([n, v]) => `${n}=${v}`).join('&')}`);
    fc.assert(
      fc.property(query, (s) => {
        const once = buildViewUrl(parseViewUrl(s).view);
        expect(buildViewUrl(parseViewUrl(once).view)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildViewUrl', () => {
  it('should give an empty string for the default view', () => {
    expect(buildViewUrl(EMPTY_VIEW)).toBe('');
  });

  it('should write parameters in a fixed order with literal commas in stance', () => {
    const view: ViewState = {
      ...EMPTY_VIEW,
      sort: 'longest',
      comment: 'k3x9q2',
      stance: ['neutral', 'support'],
      q: 'cease fire',
      article: 'a-b',
    };
    expect(buildViewUrl(view)).toBe(
      '?article=a-b&q=cease%20fire&stance=support,neutral&comment=k3x9q2&sort=longest',
    );
  });

  it('should read view=stats and write nothing for the default comments view', () => {
    expect(parseViewUrl('?view=stats').view.mode).toBe('stats');
    expect(buildViewUrl({ ...EMPTY_VIEW, mode: 'comments' })).toBe('');
    expect(buildViewUrl({ ...EMPTY_VIEW, mode: 'stats' })).toBe('?view=stats');
  });

  it('should ignore a view other than comments or stats with a notice', () => {
    const { view, notices } = parseViewUrl('?view=map');
    expect(view.mode).toBe('comments');
    expect(notices[0]?.message).toContain('“map”');
  });

  it('should read compare as two slugs and name what it could not use', () => {
    expect(parseViewUrl('?compare=a-b,c-d').view.compare).toEqual(['a-b', 'c-d']);
    expect(buildViewUrl({ ...EMPTY_VIEW, compare: ['a-b', 'c-d'] })).toBe('?compare=a-b,c-d');
    for (const [value, says] of [
      ['a-b', 'not 1'],
      ['a,b,c', 'not 3'],
      ['a-b,a-b', '“a-b” is named twice'],
      ['a-b,Not A Slug', '“Not A Slug” is not an article slug'],
    ] as const) {
      const { view, notices } = parseViewUrl(`?compare=${encodeURIComponent(value)}`);
      expect(view.compare).toBeNull();
      expect(notices[0]?.message).toContain(says);
    }
  });

  it('should escape & and = inside values so they cannot add parameters', () => {
    const url = buildViewUrl({ ...EMPTY_VIEW, q: 'a&loc=b', author: 'x=y' });
    expect(parseViewUrl(url).view).toMatchObject({ q: 'a&loc=b', author: 'x=y', loc: null });
  });
});

const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const slugArb = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join('-'));
const viewArb: fc.Arbitrary<ViewState> = fc.record({
  article: fc.option(slugArb),
  q: fc.string({ maxLength: 60 }),
  stance: fc.uniqueArray(
    fc.constantFrom('support' as const, 'oppose' as const, 'neutral' as const),
  ),
  loc: fc.option(fc.string({ maxLength: 40 })),
  author: fc.option(fc.string({ maxLength: 40 })),
  thread: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/)),
  comment: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/)),
  sort: fc.constantFrom('page' as const, 'replies' as const, 'longest' as const),
  mode: fc.constantFrom('comments' as const, 'stats' as const),
  compare: fc.option(
    fc.uniqueArray(slugArb, { minLength: 2, maxLength: 2 }).map((s) => s as [string, string]),
  ),
});

describe('view URL round trip', () => {
  it('should rebuild the same URL after parsing a built one', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const url = buildViewUrl(v);
        expect(buildViewUrl(parseViewUrl(url).view)).toBe(url);
      }),
      { numRuns: 500 },
    );
  });

  it('should parse any printable view it built without notices', () => {
    // eslint-disable-next-line no-control-regex
    const controls = /[\u0000-\u001f\u007f-\u009f]/;
    const printable = viewArb.filter(
      (v) => ![v.q, v.loc ?? '', v.author ?? ''].some((s) => controls.test(s)),
    );
    fc.assert(
      fc.property(printable, (v) => {
        expect(parseViewUrl(buildViewUrl(v)).notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('should be stable after one normalising pass for any input string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        const once = buildViewUrl(parseViewUrl(s).view);
        expect(buildViewUrl(parseViewUrl(once).view)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
