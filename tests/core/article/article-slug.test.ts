import { describe, expect, it } from 'vitest';
import { articleSlug, uniqueSlug } from '../../../src/core/article/article-slug.ts';

describe('articleSlug', () => {
  it('should match the LINKS.md example for the nyt seed title', () => {
    expect(articleSlug('Trump and Putin Agree to Seek Syria Cease-Fire')).toBe(
      'trump-and-putin-agree-to-seek-syria-cease-fire',
    );
  });

  it('should drop accents and join apostrophes instead of splitting on them', () => {
    expect(articleSlug('Café talk: Putin’s “reset”')).toBe('cafe-talk-putins-reset');
  });

  it('should keep letters of non-Latin scripts', () => {
    expect(articleSlug('Путин и Трамп')).toBe('путин-и-трамп');
  });

  it('should fall back to "article" for a title with no letters or digits', () => {
    expect(articleSlug('  —!?  ')).toBe('article');
  });

  it('should cut long titles at a word boundary under 80 characters', () => {
    const slug = articleSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'word')).toBe(true);
  });

  it('should be idempotent so a slug validates as itself', () => {
    const slug = articleSlug('Trump and Putin Agree to Seek Syria Cease-Fire');
    expect(articleSlug(slug)).toBe(slug);
  });
});

describe('uniqueSlug', () => {
  it('should suffix -2, -3 when two articles share a title, first one keeping the plain slug', () => {
    const taken = new Set<string>();
    const slugs = ['Same Title', 'Other', 'Same title', 'SAME TITLE'].map((title) => {
      const slug = uniqueSlug(articleSlug(title), taken);
      taken.add(slug);
      return slug;
    });
    expect(slugs).toEqual(['same-title', 'other', 'same-title-2', 'same-title-3']);
  });

  it('should skip a suffix that is already taken', () => {
    expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});
