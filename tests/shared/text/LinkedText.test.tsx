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

  it('should keep an address left to right and apart from an Arabic paragraph around it', () => {
    render(
      <p dir="rtl">
        <LinkedText text="انظر http://שלום.example.org/מאמר هنا" render={(t) => t} />
      </p>,
    );
    const link = screen.getByRole('link');
    expect(link.getAttribute('dir')).toBe('ltr');
    expect(link.textContent).toBe('http://שלום.example.org/מאמר');
  });
});
