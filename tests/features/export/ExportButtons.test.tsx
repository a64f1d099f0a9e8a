import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SearchHits } from '../../../src/core/search/search-hits.ts';
import { hitsOf } from '../../core/support/hits-of.ts';
import type { OverrideOf } from '../../../src/core/stance/effective-stance.ts';
import { createViewDeriver } from '../../../src/core/view/derive-view.ts';
import { EMPTY_VIEW, type ViewState } from '../../../src/core/view/view-types.ts';
import type { ArticleIndex } from '../../../src/core/article/article-index.ts';
import { ExportButtons } from '../../../src/features/export/ExportButtons.tsx';
import { makeArticle } from '../../core/support/sample-articles.ts';
import { readCsv } from '../../core/support/read-csv.ts';

const one = makeArticle('one', [
  { id: 'a', author: 'Ann', body: '=cmd|calc', stance: 'support' },
  { id: 'b', parent: 'a', author: 'Bo, Jr.', stance: 'oppose' },
]);
const two = makeArticle('two', [{ id: 'x', stance: 'neutral' }]);

interface Setup {
  articles?: readonly ArticleIndex[];
  view?: ViewState;
  hits?: SearchHits | null;
  overrideOf?: OverrideOf;
}

/** The buttons as the page wires them: the selection comes from the core's derived view. */
function setup({
  articles = [one, two],
  view = { ...EMPTY_VIEW, article: 'one' },
  hits = null,
  overrideOf = () => null,
}: Setup = {}) {
  const save = vi.fn<(name: string, text: string, type: string) => void>();
  const derived = createViewDeriver()({
    articles,
    urlView: view,
    hits,
    stance: { overrideOf, learnedOf: () => null },
    muted: new Set(),
    mutedWordHits: new Map(),
    collapsed: new Set(),
  });
  render(<ExportButtons selection={derived.exportSelection} view={derived.view} save={save} />);
  return save;
}

describe('ExportButtons', () => {
  it('should save the view as one THREAD_JSON object for one article, with the reader’s overrides marked', async () => {
    const save = setup({ overrideOf: (k) => (k === 'one/b' ? 'neutral' : null) });
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const [name, text, type] = save.mock.calls[0] ?? [];
    expect(name).toMatch(/^thread-explorer-one-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    const json = JSON.parse(text ?? '');
    expect(json.format).toBe('nyt');
    expect(json.comments).toHaveLength(2);
    expect(json.comments[1].stance).toMatchObject({
      label: 'neutral',
      source: 'reader',
      machineLabel: 'oppose',
    });
    expect(json.view.url).toBe('?article=one');
    expect(await screen.findByText(/Saved 2 comments to thread-explorer-one-/)).toBeInTheDocument();
  });

  it('should save an array with one object per article for a view across articles, only comments in view', async () => {
    // Search hits for `b` and `x`, across both articles: only those two are in view.
    const save = setup({
      view: { ...EMPTY_VIEW, q: 'reply' },
      hits: hitsOf([one, two], ['one/b', 'two/x'], ['reply']),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const [name, text] = save.mock.calls[0] ?? [];
    expect(name).toMatch(/^thread-explorer-all-filtered-/);
    const json = JSON.parse(text ?? '');
    expect(Array.isArray(json)).toBe(true);
    expect(json.map((d: { comments: { id: string }[] }) => d.comments.map((c) => c.id))).toEqual([
      ['b'],
      ['x'],
    ]);
    expect(json[0].view).toEqual({ url: '?q=reply', comments: 1, totalComments: 2 });
  });

  it('should save CSV with a BOM, one row per comment and the formula guard', async () => {
    const save = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const [name, text, type] = save.mock.calls[0] ?? [];
    expect(name).toMatch(/\.csv$/);
    expect(type).toBe('text/csv;charset=utf-8');
    expect(text?.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv((text ?? '').slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[11]).toBe("'=cmd|calc");
    expect(rows[2]?.[4]).toBe('Bo, Jr.');
  });

  it('should say in an alert when saving fails and what to do', async () => {
    const save = setup();
    save.mockImplementation(() => {
      throw new Error('blocked by the browser');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /export failed \(blocked by the browser\).*try again/,
    );
  });

  it('should apply the stance filter with the effective labels', async () => {
    const save = setup({ view: { ...EMPTY_VIEW, stance: ['oppose'] } });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const rows = readCsv((save.mock.calls[0]?.[1] ?? '').slice(1));
    expect(rows.map((r) => r[1])).toEqual(['id', 'b']);
    expect(
      screen.getByText(/Saved 1 comment to thread-explorer-all-filtered-/),
    ).toBeInTheDocument();
  });

  it('should be disabled when there is nothing to export', () => {
    setup({ articles: [] });
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
  });

  it('should export once the stances are read when asked while they are being read', async () => {
    const save = vi.fn<(name: string, text: string, type: string) => void>();
    const derive = (articles: readonly ArticleIndex[]) =>
      createViewDeriver()({
        articles,
        urlView: EMPTY_VIEW,
        hits: null,
        stance: { overrideOf: () => null, learnedOf: () => null },
        muted: new Set(),
        mutedWordHits: new Map(),
        collapsed: new Set(),
      });
    const pending = derive([{ ...one, stancesPending: true }, two]);
    const { rerender } = render(
      <ExportButtons selection={pending.exportSelection} view={pending.view} save={save} />,
    );
    // No line comes and goes while they are read: the buttons are there, ready to be asked.
    expect(screen.queryByText(/stances/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(screen.getByText('Exporting once the stances are read…')).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();

    const read = derive([one, two]);
    rerender(<ExportButtons selection={read.exportSelection} view={read.view} save={save} />);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const rows = readCsv((save.mock.calls[0]?.[1] ?? '').slice(1));
    expect(rows.map((r) => r[1])).toEqual(['id', 'a', 'b', 'x']);
    expect(screen.getByText(/Saved 3 comments to /)).toBeInTheDocument();
  });
});
