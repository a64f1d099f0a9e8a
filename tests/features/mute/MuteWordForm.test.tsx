import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { MuteWordForm } from '../../../src/features/mute/MuteWordForm.tsx';
import { defaultMuteStore } from '../../../src/features/mute/mute-store.ts';

beforeEach(() => {
  for (const w of defaultMuteStore.getSnapshot().words) defaultMuteStore.unmuteWord(w);
});

describe('MuteWordForm', () => {
  it('should mute a typed word or phrase, trimmed, and ignore a blank one', async () => {
    render(<MuteWordForm />);
    const field = screen.getByRole('textbox', { name: 'Mute a word or phrase' });
    await userEvent.type(field, '   {Enter}');
    expect(defaultMuteStore.getSnapshot().words).toEqual([]);
    await userEvent.type(field, ' peace talks {Enter}');
    expect(defaultMuteStore.getSnapshot().words).toEqual(['peace talks']);
    expect(field).toHaveValue('');
  });
});
