import { describe, expect, it, vi } from 'vitest';
import { statsOf } from '../../../src/core/stats/compute-stats.ts';
import { EMPTY_VIEW } from '../../../src/core/view/view-types.ts';
import { buildViewUrl } from '../../../src/core/view/view-url.ts';
import { pickBarWith, statsBars } from '../../../src/shared/charts/stats-bars.ts';
import { makeArticle } from '../../core/support/thread-fixture.ts';

const US = 'United States';
const article = makeArticle('talks', [
  { id: 'a', author: 'Ann', stance: 'support', loc: { region: 'Vermont', country: US } },
  { id: 'b', parent: 'a', author: 'Bo', stance: 'oppose', loc: { country: US } },
  { id: 'c', author: 'Ann', stance: 'neutral', loc: null },
  { id: 'd', parent: 'c', author: null, stance: 'oppose', loc: { country: 'Canada' } },
]);
const stats = statsOf([article], 'talks', (key) =>
  key === 'talks/a' ? 'support' : key === 'talks/c' ? 'neutral' : 'oppose',
);
const base = { ...EMPTY_VIEW, article: 'talks', q: 'sanctions' };
const bars = statsBars(stats, base, (v) => buildViewUrl(v));

describe('statsBars', () => {
  it('should link every place, commenter and stance bar to the view narrowed by it', () => {
    expect(bars.usStates.map((b) => [b.label, b.value])).toEqual([
      ['Vermont', 1],
      ['US, state not given', 1],
    ]);
    expect(bars.usStates[0]?.view).toMatchObject({
      article: 'talks',
      q: 'sanctions',
      loc: 'Vermont',
    });
    expect(bars.usStates[1]?.href).toBeNull();
    expect(bars.countries.map((b) => b.label)).toEqual(['Canada', 'Unknown place']);
    expect(bars.commenters[0]).toMatchObject({ label: 'Ann', value: 2 });
    expect(bars.commenters[0]?.href).toContain('author=Ann');
    expect(bars.stance.map((b) => [b.label, b.value])).toEqual([
      ['support', 1],
      ['oppose', 2],
      ['neutral', 1],
    ]);
  });

  it('should open a depth bar at its first comment and a size bar at its biggest thread', () => {
    expect(bars.depth.map((b) => [b.label, b.value])).toEqual([
      ['depth 0', 2],
      ['depth 1', 2],
    ]);
    expect(bars.depth[1]?.view).toMatchObject({ article: 'talks', comment: 'b', q: '' });
    expect(bars.threadSizes.map((b) => b.label)).toEqual(['2 comments']);
    expect(bars.threadSizes[0]?.view).toMatchObject({ article: 'talks', thread: 'a' });
  });
});

describe('pickBarWith', () => {
  it('should follow a bar with a view and ignore one without', () => {
    const onPick = vi.fn();
    const pick = pickBarWith(onPick);
    pick(bars.usStates[1]!);
    expect(onPick).not.toHaveBeenCalled();
    pick(bars.usStates[0]!);
    expect(onPick).toHaveBeenCalledWith(bars.usStates[0]?.view);
  });

  it('should give plain counts, split by no stance, when the stance is hidden', () => {
    const plain = statsBars(stats, base, (v) => buildViewUrl(v), true);
    const all = [...plain.usStates, ...plain.countries, ...plain.commenters, ...plain.depth];
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((b) => b.mix === null)).toBe(true);
    expect(bars.commenters[0]?.mix).not.toBeNull();
    expect(plain.commenters[0]).toMatchObject({ label: 'Ann', value: 2 });
  });
});
