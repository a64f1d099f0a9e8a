import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StanceBadge } from '../../../src/features/stance/StanceBadge.tsx';
import type { Stance } from '../../../src/core/types.ts';

const machine: Stance = { label: 'oppose', score: -0.71, cues: ['puppet', 'a sham'] };

describe('StanceBadge', () => {
  it('should show the machine label and, on "why", its score and cues', async () => {
    render(<StanceBadge stance={machine} override={null} onOverride={() => {}} />);
    expect(screen.getByTestId('stance-label')).toHaveTextContent('Opposes');
    expect(screen.queryByText(/yours/u)).toBeNull();
    await userEvent.click(screen.getByText('why'));
    expect(screen.getByText('puppet')).toBeVisible();
    expect(screen.getByText('a sham')).toBeVisible();
    expect(screen.getByText(/−0\.71/u)).toBeVisible();
  });

  it('should say so when no cue was found', async () => {
    render(
      <StanceBadge
        stance={{ label: 'neutral', score: 0, cues: [] }}
        override={null}
        onOverride={() => {}}
      />,
    );
    await userEvent.click(screen.getByText('why'));
    expect(screen.getByText(/No cue about the rapprochement/u)).toBeVisible();
  });

  it('should report the reader’s choice from the menu', async () => {
    const onOverride = vi.fn();
    render(<StanceBadge stance={machine} override={null} onOverride={onOverride} />);
    await userEvent.selectOptions(screen.getByLabelText('Set your own stance label'), 'support');
    expect(onOverride).toHaveBeenCalledWith('support');
  });

  it('should show an override as the reader’s, keep the machine reading in "why", and reset it', async () => {
    const onOverride = vi.fn();
    render(<StanceBadge stance={machine} override="support" onOverride={onOverride} />);
    expect(screen.getByTestId('stance-label')).toHaveTextContent('Supports(yours)');
    await userEvent.click(screen.getByText('why'));
    expect(screen.getByText(/You set this comment to Supports/u)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: /Reset stance/u }));
    expect(onOverride).toHaveBeenCalledWith(null);
  });

  it('should offer going back to the machine label from the menu', async () => {
    const onOverride = vi.fn();
    render(<StanceBadge stance={machine} override="neutral" onOverride={onOverride} />);
    await userEvent.selectOptions(
      screen.getByLabelText('Set your own stance label'),
      'Machine: Opposes',
    );
    expect(onOverride).toHaveBeenCalledWith(null);
  });

  it('should mark a learned label, name the words that decided it, and let the reader override it', async () => {
    const onOverride = vi.fn();
    render(
      <StanceBadge
        stance={{ label: 'neutral', score: 0, cues: [] }}
        override={null}
        learned={{ label: 'oppose', confidence: 0.62, words: ['reset', 'kremlin'] }}
        onOverride={onOverride}
      />,
    );
    expect(screen.getByTestId('stance-label')).toHaveTextContent('Opposes');
    expect(screen.getByTestId('stance-label')).toHaveTextContent('(learned)');
    await userEvent.click(screen.getByText('why'));
    expect(screen.getByTestId('stance-learned')).toHaveTextContent(
      /Learned from your labels: Opposes .*“reset”, “kremlin”/u,
    );
    await userEvent.selectOptions(screen.getByLabelText('Set your own stance label'), 'neutral');
    expect(onOverride).toHaveBeenCalledWith('neutral');
  });

  it('should let the reader’s own label win over a learned one', () => {
    render(
      <StanceBadge
        stance={{ label: 'neutral', score: 0, cues: [] }}
        override="support"
        learned={{ label: 'oppose', confidence: 0.62, words: ['reset'] }}
        onOverride={() => {}}
      />,
    );
    expect(screen.getByTestId('stance-label')).toHaveTextContent('Supports');
    expect(screen.getByTestId('stance-label')).not.toHaveTextContent('(learned)');
  });
});
