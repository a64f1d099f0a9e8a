import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../src/features/share/copy-text.ts';

function fakeClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('copyText', () => {
  it('should write to the clipboard API when there is one', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    fakeClipboard(writeText);
    await expect(copyText('https://x.test/?comment=a1')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://x.test/?comment=a1');
  });

  it('should resolve false, not throw, when every way to copy is refused', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    fakeClipboard(writeText);
    document.execCommand = () => false;
    await expect(copyText('x')).resolves.toBe(false);
  });
});
