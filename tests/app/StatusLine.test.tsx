import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusLine } from '../../src/app/StatusLine.tsx';
import { setLoadProgress } from '../../src/features/data/index.ts';

describe('StatusLine', () => {
  afterEach(() => {
    act(() => {
      setLoadProgress('a', null);
      setLoadProgress('b', null);
    });
  });

  it('should say the comments are loading before the worker reports a step', () => {
    render(<StatusLine inView={0} inScope={0} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading comments…');
  });

  it('should follow the worker’s steps, summed over every source still opening', () => {
    render(<StatusLine inView={0} inScope={0} loading />);
    act(() => setLoadProgress('a', { done: 1, total: 4, stage: 'parse' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading comments… 25%');
    act(() => setLoadProgress('b', { done: 3, total: 4, stage: 'index' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading comments… 50%');
    act(() => setLoadProgress('a', null));
    expect(screen.getByRole('status')).toHaveTextContent('Loading comments… 75%');
  });

  it('should count the view once loaded, whatever the worker still reports', () => {
    render(<StatusLine inView={3} inScope={10} loading={false} partial />);
    act(() => setLoadProgress('a', { done: 1, total: 4, stage: 'parse' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      '3 of 10 comments so far; more are loading…',
    );
  });

  it('should say the stances are being read when nothing else still loads', () => {
    render(<StatusLine inView={0} inScope={0} loading />);
    act(() => setLoadProgress('a', { done: 1, total: 2, stage: 'stance' }));
    expect(screen.getByRole('status')).toHaveTextContent('Reading stances… 50%');
    act(() => setLoadProgress('b', { done: 0, total: 2, stage: 'parse' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading comments… 25%');
  });
});
