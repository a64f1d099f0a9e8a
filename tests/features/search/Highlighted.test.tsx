import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Highlighted } from '../../../src/features/search/Highlighted.tsx';
import { loadHighlighter } from '../../../src/features/search/index.ts';

const marksIn = (container: HTMLElement) =>
  [...container.querySelectorAll('mark')].map((m) => m.textContent);

describe('Highlighted', () => {
  it('should show the text unmarked until the marking has loaded (with a search answer)', async () => {
    // A fresh copy of the module, whatever the other tests here loaded already.
    vi.resetModules();
    const fresh = await import('../../../src/features/search/Highlighted.tsx');
    const { loadHighlighter: load } = await import('../../../src/features/search/index.ts');
    const text = 'Sanctions? The sanctioned insanctity.';
    const before = render(<fresh.Highlighted text={text} terms={['sanction']} />);
    expect(marksIn(before.container)).toEqual([]);
    expect(before.container).toHaveTextContent(text);
    before.unmount();
    await load();
    const after = render(<fresh.Highlighted text={text} terms={['sanction']} />);
    expect(marksIn(after.container)).toEqual(['Sanction', 'sanction']);
  });

  it('should wrap every occurrence of a term, by word prefix and ignoring case', async () => {
    await loadHighlighter();
    const { container } = render(
      <Highlighted text="Sanctions? The sanctioned insanctity." terms={['sanction']} />,
    );
    expect(marksIn(container)).toEqual(['Sanction', 'sanction']);
    expect(container).toHaveTextContent('Sanctions? The sanctioned insanctity.');
  });

  it('should render plain text without terms', async () => {
    await loadHighlighter();
    const { container } = render(<Highlighted text="Nothing here" terms={[]} />);
    expect(container.querySelector('mark')).toBeNull();
    expect(container).toHaveTextContent('Nothing here');
  });
});
