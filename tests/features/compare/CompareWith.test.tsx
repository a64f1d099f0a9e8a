import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CompareWith } from '../../../src/features/compare/CompareWith.tsx';
import { makeArticle } from '../../core/support/sample-articles.ts';

const one = makeArticle('one', [{ id: 'a' }], 'First title');
const two = makeArticle('two', [{ id: 'x' }], 'Second title');
const three = makeArticle('three', [{ id: 'y' }], 'Third title');

describe('CompareWith', () => {
  it('should offer the article in view first and the next one second, and compare them', async () => {
    const onCompare = vi.fn<(a: string, b: string) => void>();
    render(<CompareWith articles={[one, two, three]} from="two" onCompare={onCompare} />);
    await userEvent.click(screen.getByText('Compare with…'));
    // The picker loads when first opened.
    expect(await screen.findByRole('combobox', { name: 'Compare' })).toHaveValue('two');
    expect(screen.getByRole('combobox', { name: 'with' })).toHaveValue('one');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'with' }), 'three');
    await userEvent.click(screen.getByRole('button', { name: 'Compare side by side' }));
    expect(onCompare).toHaveBeenCalledWith('two', 'three');
  });

  it('should not compare an article with itself', async () => {
    const onCompare = vi.fn<(a: string, b: string) => void>();
    render(<CompareWith articles={[one, two]} from={null} onCompare={onCompare} />);
    await userEvent.click(screen.getByText('Compare with…'));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'with' }), 'one');
    expect(screen.getByText('Pick two different articles.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Compare side by side' })).toBeDisabled();
  });

  it('should render nothing with fewer than two articles', () => {
    const { container } = render(
      <CompareWith articles={[one]} from="one" onCompare={() => undefined} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
