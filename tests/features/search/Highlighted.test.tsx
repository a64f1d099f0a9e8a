import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted } from '../../../src/features/search/Highlighted.tsx';

describe('Highlighted', () => {
  it('should wrap every occurrence of a term, by word prefix and ignoring case', () => {
    const { container } = render(
      <Highlighted text="Sanctions? The sanctioned insanctity." terms={['sanction']} />,
    );
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Sanction', 'sanction']);
    expect(container).toHaveTextContent('Sanctions? The sanctioned insanctity.');
  });

  it('should render plain text without terms', () => {
    const { container } = render(<Highlighted text="Nothing here" terms={[]} />);
    expect(container.querySelector('mark')).toBeNull();
    expect(container).toHaveTextContent('Nothing here');
  });
});
