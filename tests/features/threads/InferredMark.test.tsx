import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InferredMark } from '../../../src/features/threads/InferredMark.tsx';

describe('InferredMark', () => {
  it('should mark a weak guess quietly, with its reason for screen readers and in its title', () => {
    render(
      <InferredMark reply={{ inferred: true, confidence: 0.5, reason: 'echoes Billy’s words' }} />,
    );
    const mark = screen.getByTestId('guessed-reply');
    expect(mark).toHaveTextContent(
      'guessed reply: echoes Billy’s words, 50% sure; its thread line is dashed',
    );
    expect(mark).toHaveAttribute(
      'title',
      'Guessed reply: \u2068echoes Billy’s words\u2069, 50% sure; its thread line is dashed',
    );
  });

  it('should say nothing for a confident guess or a stated parent', () => {
    const { container, rerender } = render(
      <InferredMark reply={{ inferred: true, confidence: 0.9, reason: 'quotes Thomas' }} />,
    );
    expect(container).toBeEmptyDOMElement();
    rerender(<InferredMark reply={{ inferred: false, confidence: 1, reason: 'indented' }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
