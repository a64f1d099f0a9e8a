import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StanceBadge } from '../../../src/features/stance/StanceBadge.tsx';
import { createStanceUndoStore } from '../../../src/features/stance/stance-undo.ts';
import type { Stance } from '../../../src/core/types.ts';

const machine: Stance = { label: 'oppose', score: -0.71, cues: ['puppet', 'a sham'] };

function badge(over: Partial<Parameters<typeof StanceBadge>[0]> = {}) {
  const onOverride = vi.fn();
  const undoStore = createStanceUndoStore();
  render(
    <StanceBadge
      stance={machine}
      override={null}
      onOverride={onOverride}
      author="Mary"
      undoStore={undoStore}
      {...over}
    />,
  );
  return { onOverride, undoStore };
}

const trigger = () => screen.getByRole('button', { name: /stance details/u });

describe('StanceBadge', () => {
  it('should be one button that opens a dialog, nothing else on the header line', () => {
    badge();
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(trigger()).toHaveAttribute('aria-haspopup', 'dialog');
    // The comment's collapse toggle stays its only button[aria-expanded] (LINKS.md).
    expect(trigger()).not.toHaveAttribute('aria-expanded');
    expect(screen.getByTestId('stance-label')).toHaveTextContent('Opposes');
  });

  it('should show the machine reading, its score and cues in the popover', async () => {
    badge();
    await userEvent.click(trigger());
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');
    const dialog = await screen.findByRole('dialog', { name: /Stance on the/u });
    expect(within(dialog).getByText('puppet')).toBeVisible();
    expect(within(dialog).getByText('a sham')).toBeVisible();
    expect(within(dialog).getByText(/−0\.71/u)).toBeVisible();
  });

  it('should say so when no cue was found', async () => {
    badge({ stance: { label: 'neutral', score: 0, cues: [] } });
    await userEvent.click(trigger());
    expect(screen.getByText(/No cue about the rapprochement/u)).toBeVisible();
  });

  it('should explain a guessed parent in the popover', async () => {
    badge({ reply: { inferred: true, confidence: 0.62, reason: 'speaks to Casey directly' } });
    await userEvent.click(trigger());
    expect(await screen.findByRole('dialog')).toHaveTextContent(
      'Its parent was guessed: speaks to Casey directly (62% sure).',
    );
  });

  it('should close on Escape and give focus back to the badge', async () => {
    badge();
    await userEvent.click(trigger());
    expect(await screen.findByRole('dialog')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger()).toHaveFocus();
  });

  it('should close on a click outside it', async () => {
    render(<p>elsewhere</p>);
    badge();
    await userEvent.click(trigger());
    await userEvent.click(screen.getByText('elsewhere'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('should keep Tab inside the popover', async () => {
    badge();
    await userEvent.click(trigger());
    const buttons = within(await screen.findByRole('dialog')).getAllByRole('button');
    buttons[buttons.length - 1]?.focus();
    await userEvent.tab();
    expect(buttons[0]).toHaveFocus();
  });

  it('should set the reader’s label, close, and offer an undo that restores the machine’s', async () => {
    const { onOverride, undoStore } = badge();
    await userEvent.click(trigger());
    await userEvent.click(screen.getByRole('button', { name: 'Supports' }));
    expect(onOverride).toHaveBeenLastCalledWith('support');
    expect(screen.queryByRole('dialog')).toBeNull();
    const entry = undoStore.getSnapshot();
    expect(entry).toMatchObject({ kind: 'one', author: 'Mary', now: 'Supports' });
    undoStore.undo(entry?.id ?? 0);
    expect(onOverride).toHaveBeenLastCalledWith(null);
  });

  it('should mark an override as the reader’s and go back to the machine’s label', async () => {
    const { onOverride } = badge({ override: 'support' });
    expect(screen.getByTestId('stance-label')).toHaveTextContent('Supports · yours');
    await userEvent.click(trigger());
    expect(screen.getByRole('button', { name: 'Supports' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: /Use the machine’s label/u }));
    expect(onOverride).toHaveBeenCalledWith(null);
  });

  it('should not record a change when the reader picks the label already in force', async () => {
    const { onOverride, undoStore } = badge();
    await userEvent.click(trigger());
    await userEvent.click(screen.getByRole('button', { name: /Use the machine’s label/u }));
    expect(onOverride).not.toHaveBeenCalled();
    expect(undoStore.getSnapshot()).toBeNull();
  });
});
