import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StanceHiddenNotice } from '../../../src/features/stance/StanceHiddenNotice.tsx';
import {
  STANCE_SHOWN_STORAGE_KEY,
  useStanceShown,
} from '../../../src/features/stance/use-stance-shown.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';
import { stanceRelevance } from '../../../src/core/stance/stance-relevance.ts';
import { makeArticle } from '../../core/support/sample-articles.ts';

/** What the worker measures when it opens each article. */
const measured = (articles: readonly ArticleIndex[]) =>
  new Map(articles.map((a) => [a.slug, stanceRelevance(a.doc.comments)]));

const bikes = makeArticle(
  'bikes',
  [
    { id: 'a', body: 'Protected lanes saved my commute.' },
    { id: 'b', body: 'We lose forty parking spaces.' },
  ],
  'Bike lanes',
);
const summit = makeArticle(
  'summit',
  [
    { id: 'a', body: 'Putin and Trump, what a pair.' },
    { id: 'b', body: 'Sanctions first.' },
  ],
  'Summit',
);

describe('useStanceShown', () => {
  beforeEach(() => localStorage.clear());

  it('should hide stance for an off-topic article only', async () => {
    const { result } = renderHook(() => useStanceShown(measured([bikes, summit])));
    await waitFor(() => expect([...result.current.hidden]).toEqual(['bikes']));
    expect(result.current.isShown('bikes')).toBe(false);
    expect(result.current.isShown('summit')).toBe(true);
    expect(result.current.relevanceOf('bikes')?.mentioning).toBe(0);
  });

  it('should show it when the reader asks, and remember that', async () => {
    const { result } = renderHook(() => useStanceShown(measured([bikes])));
    await waitFor(() => expect(result.current.isShown('bikes')).toBe(false));
    act(() => result.current.show('bikes'));
    expect(result.current.isShown('bikes')).toBe(true);
    expect(JSON.parse(localStorage.getItem(STANCE_SHOWN_STORAGE_KEY) ?? '[]')).toEqual(['bikes']);
    const again = renderHook(() => useStanceShown(measured([bikes])));
    expect(again.result.current.isShown('bikes')).toBe(true);
  });
});

describe('StanceHiddenNotice', () => {
  it('should say why stance is hidden and offer to show it', async () => {
    const onShow = vi.fn();
    render(
      <StanceHiddenNotice
        articles={[bikes]}
        hidden={new Set(['bikes'])}
        only="bikes"
        onShow={onShow}
      />,
    );
    expect(
      screen.getByText('Stance is hidden: this discussion barely mentions Trump, Putin or Russia.'),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show stance' }));
    expect(onShow).toHaveBeenCalledWith('bikes');
  });

  it('should name the article when several are on the page, and say nothing when none is hidden', () => {
    const { rerender, container } = render(
      <StanceHiddenNotice
        articles={[bikes, summit]}
        hidden={new Set(['bikes'])}
        only={null}
        onShow={() => {}}
      />,
    );
    expect(screen.getByRole('region', { name: 'Stance notice' })).toHaveTextContent(
      'Bike lanes: Stance is hidden',
    );
    rerender(
      <StanceHiddenNotice
        articles={[bikes, summit]}
        hidden={new Set(['bikes'])}
        only="summit"
        onShow={() => {}}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
