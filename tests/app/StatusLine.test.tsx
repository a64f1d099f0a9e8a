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

  it('should not state a count of matches while a search’s first answer is on its way', () => {
    render(<StatusLine inView={159} inScope={159} loading={false} searching />);
    expect(screen.getByRole('status')).toHaveTextContent('Searching 159 comments…');
    expect(screen.getByRole('status')).not.toHaveTextContent(/\d+ of \d+ comments/);
  });

  it('should say the stances are being read when nothing else still loads', () => {
    render(<StatusLine inView={0} inScope={0} loading />);
    act(() => setLoadProgress('a', { done: 1, total: 2, stage: 'stance' }));
    expect(screen.getByRole('status')).toHaveTextContent('Reading stances… 50%');
    act(() => setLoadProgress('b', { done: 0, total: 2, stage: 'parse' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading comments… 25%');
  });

  it('should say the comments are in page order while their threads are worked out, and how far', () => {
    render(<StatusLine inView={5} inScope={5} loading={false} threading />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^5 of 5 comments in page order\. Finding who answers whom…$/);
    act(() => setLoadProgress('a', { done: 1, total: 4, stage: 'replies' }));
    expect(status).toHaveTextContent(
      '5 of 5 comments in page order. Finding who answers whom… 25%',
    );
    // The stances' progress, heard before the threads reach the page, is not passed off as theirs.
    act(() => setLoadProgress('a', { done: 1, total: 2, stage: 'stance' }));
    expect(status).toHaveTextContent(/Finding who answers whom…$/);
  });

  it('should say who answers whom is being found while a view waits for the threads', () => {
    render(<StatusLine inView={0} inScope={0} loading />);
    act(() => setLoadProgress('a', { done: 1, total: 2, stage: 'replies' }));
    expect(screen.getByRole('status')).toHaveTextContent('Finding who answers whom… 50%');
    act(() => setLoadProgress('b', { done: 1, total: 2, stage: 'stance' }));
    expect(screen.getByRole('status')).toHaveTextContent('Finding who answers whom… 50%');
    act(() => setLoadProgress('b', { done: 0, total: 2, stage: 'parse' }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading comments… 25%');
  });
});
