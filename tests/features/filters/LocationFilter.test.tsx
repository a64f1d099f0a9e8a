import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LocationFacets } from '../../../src/core/location/location-facets.ts';
import { LocationFilter } from '../../../src/features/filters/LocationFilter.tsx';

const facets: LocationFacets = {
  places: [
    {
      name: 'United States',
      level: 'country',
      count: 5,
      children: [
        {
          name: 'California',
          level: 'region',
          count: 3,
          children: [{ name: 'Oakland', level: 'city', count: 2, children: [] }],
        },
        { name: 'New York', level: 'region', count: 2, children: [] },
      ],
    },
    { name: 'Germany', level: 'country', count: 1, children: [] },
  ],
  unknown: 4,
};

describe('LocationFilter', () => {
  it('should list countries with counts and an unknown bucket, regions folded until chosen', () => {
    render(<LocationFilter facets={facets} selected={null} onChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'United States 5' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('button', { name: 'unknown 4' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /California/ })).toBeNull();
  });

  it('should open the chosen place down to its cities, case-insensitively, and clear on a second click', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<LocationFilter facets={facets} selected="oakland" onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'California 3' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const city = screen.getByRole('button', { name: 'Oakland 2' });
    expect(city).toHaveAttribute('aria-pressed', 'true');
    await user.click(city);
    expect(onChange).toHaveBeenCalledWith(null);
    await user.click(screen.getByRole('button', { name: 'Germany 1' }));
    expect(onChange).toHaveBeenLastCalledWith('Germany');
  });

  it('should fold a long list behind a button', async () => {
    const user = userEvent.setup();
    const many: LocationFacets = {
      places: Array.from({ length: 12 }, (_, i) => ({
        name: `Place ${i}`,
        level: 'country' as const,
        count: 12 - i,
        children: [],
      })),
      unknown: 0,
    };
    render(<LocationFilter facets={many} selected={null} onChange={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /^Place 11 / })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'All 12 places' }));
    expect(screen.getByRole('button', { name: /^Place 11 / })).toBeInTheDocument();
  });
});
