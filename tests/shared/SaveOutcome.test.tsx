import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaveOutcome } from '../../src/shared/SaveOutcome.tsx';

describe('SaveOutcome', () => {
  it('should say a success politely and a failure as an alert', () => {
    const { rerender } = render(
      <SaveOutcome outcome={{ failed: false, text: 'Saved 3 comments.' }} />,
    );
    expect(screen.getByText('Saved 3 comments.')).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<SaveOutcome outcome={{ failed: true, text: 'Could not save.' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not save.');
  });
});
