import { describe, expect, it } from 'vitest';
import { textHash } from '../../../src/core/article/text-hash.ts';
import { checkSavedKeys, savedHash } from '../../../src/features/library/check-saved-keys.ts';
import { createSourceStore } from '../../../src/features/library/source-store.ts';

describe('savedHash', () => {
  it('should take the hash a file key states, without hashing the text', () => {
    expect(savedHash({ key: 'file:0123456789abcd', text: 'anything' })).toBe('0123456789abcd');
  });

  it('should hash the text when the key is not one this app writes', () => {
    for (const key of ['file:XYZ', 'seed:a.txt', 'file:0123456789abcdef'])
      expect(savedHash({ key, text: 'my dump' })).toBe(textHash('my dump'));
  });
});

describe('checkSavedKeys', () => {
  it('should move a source whose text does not hash to its key, and leave a right one alone', async () => {
    const store = createSourceStore([]);
    const right = store.add({ name: 'a.txt', text: 'a', hash: textHash('a') });
    const wrong = store.add({ name: 'b.txt', text: 'b', hash: '00000000000000' });
    await checkSavedKeys(store, [right, wrong]);
    expect(store.getSnapshot().map((s) => s.key)).toEqual([right.key, `file:${textHash('b')}`]);
  });
});
