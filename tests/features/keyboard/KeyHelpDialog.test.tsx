import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { KeyHelpDialog, SEARCH_TIPS } from '../../../src/features/keyboard/KeyHelpDialog.tsx';
import { matchQuery } from '../../../src/core/search/match-query.ts';
import { phraseDocs } from '../../../src/core/search/phrase-docs.ts';
import { createSearchIndex, type SearchDoc } from '../../../src/core/search/search-index.ts';
import { searchPhrases } from '../../../src/core/search/search-phrases.ts';

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Keys
      </button>
      {open && <KeyHelpDialog onClose={() => setOpen(false)} />}
    </>
  );
}

describe('KeyHelpDialog', () => {
  it('should list the keys in a modal dialog that takes focus', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Keys' }));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveTextContent('Shift + JNext thread');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('should close on Escape and on Close, giving focus back to the opener', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Keys' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    await user.click(opener);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('should show how the search reads quotes, beginnings and typos', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Keys' }));
    expect(screen.getByRole('heading', { name: 'Search' })).toBeVisible();
    expect(screen.getByRole('dialog')).toHaveTextContent(
      '"cease fire"These words side by side, in this order',
    );
  });
});

describe('SEARCH_TIPS', () => {
  // The tips are read against the search itself, so a change to it cannot leave them untrue.
  const BODIES = [
    'A cease fire in Syria, at last.',
    'Fire them all; no cease to it.',
    'The sanctions stay.',
    'Sandra cooks.',
  ];
  const docs: SearchDoc[] = BODIES.map((body, i) => ({
    key: `t/${i}`,
    article: 't',
    id: String(i),
    author: null,
    location: null,
    body,
  }));
  const terms = createSearchIndex(docs).terms;
  const found = (query: string): string[] => {
    const { loose, phrases } = searchPhrases(query);
    const within = loose === null ? null : matchQuery(terms, loose).docs;
    const at =
      phrases.length === 0
        ? (within ?? new Int32Array(0))
        : phraseDocs(terms, phrases, within, (d) => [BODIES[d] ?? null]);
    return [...at].map((d) => BODIES[d] ?? '');
  };
  const [phrase, begun, typo] = SEARCH_TIPS.map(([query]) => query);

  it('should find a quoted phrase only where its words stand together, in order', () => {
    expect(found(phrase ?? '')).toEqual(['A cease fire in Syria, at last.']);
  });

  it('should find words that begin as typed', () => {
    expect(found(begun ?? '')).toEqual(['The sanctions stay.']);
  });

  it('should find a word a letter off', () => {
    expect(found(typo ?? '')).toEqual(['The sanctions stay.']);
  });
});
