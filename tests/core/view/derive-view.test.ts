import { describe, expect, it } from 'vitest';
import { MACHINE_ONLY } from '../../../src/core/stance/effective-stance.ts';
import { createViewDeriver } from '../../../src/core/view/derive-view.ts';
import type { ViewInputs } from '../../../src/core/view/derived-view.ts';
import { EMPTY_VIEW } from '../../../src/core/view/view-types.ts';
import { hitsOf } from '../support/hits-of.ts';
import { makeArticle } from '../support/thread-fixture.ts';
import { mutedWords } from '../../../src/core/view/muted-words.ts';

// r1 (Ann, oppose) ─ x (Bob) ─ y (Ann)
// r2 (Cy, support) ─ w (Bob, support)
const a = makeArticle('a', [
  { id: 'r1', author: 'Ann', stance: 'oppose' },
  { id: 'x', parent: 'r1', author: 'Bob' },
  { id: 'y', parent: 'x', author: 'Ann', body: 'sanctions again' },
  { id: 'r2', author: 'Cy', stance: 'support' },
  { id: 'w', parent: 'r2', author: 'Bob', stance: 'support', body: 'sanctions work' },
]);
const b = makeArticle('b', [{ id: 'q', author: 'Dee' }]);

const base: ViewInputs = {
  articles: [a, b],
  urlView: EMPTY_VIEW,
  hits: null,
  stance: MACHINE_ONLY,
  muted: new Set(),
  mutedWordHits: new Map(),
  collapsed: new Set(),
};
const ids = (keys: readonly string[]) => keys.map((k) => k.split('/')[1]);
const hits = (...keys: string[]) => hitsOf([a, b], keys, ['sanctions']);

describe('createViewDeriver', () => {
  it('should give every comment in scope and count them with no filter', () => {
    const d = createViewDeriver()(base);
    expect(d.result.inView).toBe(6);
    expect(d.result.inScope).toBe(6);
    expect(d.matches).toBeNull();
    expect(d.exportSelection).toMatchObject({ matches: null, count: 6 });
  });

  it('should keep the hit count and order whatever is collapsed', () => {
    const derive = createViewDeriver();
    const urlView = { ...EMPTY_VIEW, q: 'sanctions' };
    const found = hits('a/w', 'a/y');
    const open = derive({ ...base, urlView, hits: found });
    const folded = derive({ ...base, urlView, hits: found, collapsed: new Set(['a/r1', 'a/r2']) });
    expect(ids(open.hitKeys)).toEqual(['y', 'w']);
    expect(ids(folded.hitKeys)).toEqual(['y', 'w']);
    expect(folded.rows.some((r) => r.key === 'a/y')).toBe(false);
    expect(folded.result.inView).toBe(2);
  });

  it('should count and filter by the reader’s label over the machine’s', () => {
    const d = createViewDeriver()({
      ...base,
      urlView: { ...EMPTY_VIEW, stance: ['oppose'] },
      stance: { overrideOf: (key) => (key === 'a/w' ? 'oppose' : null), learnedOf: () => null },
    });
    expect([...(d.matches ?? [])].sort()).toEqual(['a/r1', 'a/w']);
    expect(d.stanceOf('a/w')).toBe('oppose');
    expect(d.exportSelection.count).toBe(2);
  });

  it('should take muted commenters out of the view and its counts, and say how many', () => {
    const d = createViewDeriver()({ ...base, muted: new Set(['bob']) });
    expect(d.result.inView).toBe(4);
    expect(d.result.inScope).toBe(4);
    expect(d.result.muted).toBe(2);
    // Bob's reply above Ann's stays as context (dimmed) so her reply keeps its place.
    const x = d.rows.find((r) => r.key === 'a/x');
    expect(x?.kind === 'comment' && x.dimmed).toBe(true);
    expect(d.rows.some((r) => r.key === 'a/w')).toBe(false);
  });

  it('should take comments that mention a muted word out of the view, its counts and exports', () => {
    const d = createViewDeriver()({
      ...base,
      mutedWordHits: mutedWords([a, b], ['Sanctions']),
    });
    expect(d.result.muted).toBe(2);
    expect(d.mutedWordOf('a/y')).toBe('Sanctions');
    expect(d.mutedWordOf('a/x')).toBeNull();
    expect(d.matches?.has('a/y')).toBe(false);
    expect(d.exportSelection.matches?.has('a/w')).toBe(false);
    expect(d.exportSelection.count).toBe(d.result.inView);
  });

  it('should mark the comment= target only when it is in view, else say so once hits are in', () => {
    const derive = createViewDeriver();
    const shown = derive({ ...base, urlView: { ...EMPTY_VIEW, comment: 'y' } });
    expect(shown.targetKey).toBe('a/y');
    const urlView = { ...EMPTY_VIEW, comment: 'x', q: 'sanctions' };
    const pending = derive({ ...base, urlView });
    expect(pending.notices).toEqual([]);
    const hidden = derive({ ...base, urlView, hits: hits('a/y') });
    expect(hidden.targetKey).toBeNull();
    expect(hidden.notices.map((n) => n.param)).toEqual(['comment']);
  });

  it('should say a search is on its way, not that nothing or everything matches, until its first answer', () => {
    const derive = createViewDeriver();
    const urlView = { ...EMPTY_VIEW, q: 'sanctions' };
    const waiting = derive({ ...base, urlView, hitsPending: true });
    expect(waiting.searching).toBe(true);
    expect(waiting.hitKeys).toEqual([]);
    const answered = derive({ ...base, urlView, hits: hits('a/y', 'a/w') });
    expect(answered.searching).toBe(false);
    expect(ids(answered.hitKeys)).toEqual(['y', 'w']);
    // The next keystroke's answer is on its way: the last answer's hits stand meanwhile.
    const typing = derive({ ...base, urlView, hits: hits('a/y'), hitsPending: true });
    expect(typing.searching).toBe(false);
    // A failed search is not pending: the page says it failed, not that it is still searching.
    expect(derive({ ...base, urlView }).searching).toBe(false);
    expect(derive({ ...base, hitsPending: true }).searching).toBe(false);
  });

  it('should reuse the filter result when only the search text changes before its hits', () => {
    const derive = createViewDeriver();
    const first = derive({ ...base, urlView: { ...EMPTY_VIEW, stance: ['support'] } });
    const typed = derive({
      ...base,
      urlView: { ...EMPTY_VIEW, stance: ['support'], sort: 'page' },
    });
    expect(typed.result).toBe(first.result);
    expect(typed.rows).toBe(first.rows);
  });

  it('should scope to the article and ignore an unknown one with a notice', () => {
    const derive = createViewDeriver();
    expect(derive({ ...base, urlView: { ...EMPTY_VIEW, article: 'b' } }).result.inScope).toBe(1);
    const unknown = derive({ ...base, urlView: { ...EMPTY_VIEW, article: 'zz' } });
    expect(unknown.result.inScope).toBe(6);
    expect(unknown.notices.map((n) => n.param)).toEqual(['article']);
  });

  it('should say the stance is hidden only when every article in view has it hidden', () => {
    const derive = createViewDeriver();
    const hidden = { ...base, stanceHidden: new Set(['b']) };
    expect(derive(hidden).stanceHiddenInScope).toBe(false);
    expect(
      derive({ ...hidden, urlView: { ...EMPTY_VIEW, article: 'b' } }).stanceHiddenInScope,
    ).toBe(true);
    expect(derive({ ...hidden, urlView: { ...EMPTY_VIEW, thread: 'q' } }).stanceHiddenInScope).toBe(
      true,
    );
    expect(
      derive({ ...hidden, urlView: { ...EMPTY_VIEW, thread: 'r1' } }).stanceHiddenInScope,
    ).toBe(false);
    expect(derive({ ...base, urlView: { ...EMPTY_VIEW, article: 'b' } }).stanceHiddenInScope).toBe(
      false,
    );
    expect(derive(hidden).stanceHidden).toEqual(new Set(['b']));
  });
});
