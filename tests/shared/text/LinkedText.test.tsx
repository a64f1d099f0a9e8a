import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LinkedText } from '../../../src/shared/text/LinkedText.tsx';

describe('LinkedText', () => {
  it('should draw every piece, linked or not, through render', () => {
    const { container } = render(
      <p>
        <LinkedText
          text="See https://a.example.org/x and http://b.example.org."
          render={(t) => <b>{t}</b>}
        />
      </p>,
    );
    expect([...container.querySelectorAll('b')].map((b) => b.textContent)).toEqual([
      'See ',
      'https://a.example.org/x',
      ' and ',
      'http://b.example.org',
      '.',
    ]);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      'https://a.example.org/x',
      'http://b.example.org',
    ]);
  });
});
