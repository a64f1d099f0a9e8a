import { describe, expect, it } from 'vitest';
import { addressesOpening } from '../../../../src/core/replies/cues/addresses-opening.ts';

describe('addressesOpening', () => {
  it('should name the commenter the opening addresses, with a reason', () => {
    expect(addressesOpening({ kind: 'what-said', name: 'Gordon' }, 'Gordon')?.reason).toBe(
      'echoes what Gordon said',
    );
    expect(addressesOpening({ kind: 'initials', name: 'J. R.' }, 'J. R. O.')?.reason).toBe(
      'addresses J. R. O. by initials',
    );
    expect(addressesOpening({ kind: 'at', name: 'Lisa' }, 'Lisa Tran')?.score).toBeGreaterThan(0.9);
  });

  it('should take a handle vocative for that handle only, as a name address', () => {
    const to = (name: string) => addressesOpening({ kind: 'handle', name: 'sam1984' }, name);
    expect(to('sam1984')?.reason).toBe('addresses sam1984 by name');
    expect(to('sam1985')).toBeNull();
  });

  it('should read an "@" full name that runs on into the sentence, and only after an "@"', () => {
    const runOn = 'Lena Marsh Petrov';
    expect(addressesOpening({ kind: 'at', name: runOn }, 'Lena Marsh')?.reason).toBe(
      'writes to @Lena Marsh',
    );
    expect(addressesOpening({ kind: 'colon', name: runOn }, 'Lena Marsh')).toBeNull();
  });

  it('should not fire for somebody else', () => {
    expect(addressesOpening({ kind: 'agree-with', name: 'Frank' }, 'Alicia Gomez')).toBeNull();
    expect(addressesOpening({ kind: 'colon', name: 'Tom' }, 'Lisa Tran')).toBeNull();
  });

  it('should answer alike when asked again, for the same address or another one', () => {
    const lisa = { kind: 'at', name: 'Lisa' } as const;
    const tom = { kind: 'colon', name: 'Tom' } as const;
    const asked = [
      addressesOpening(lisa, 'Lisa Tran')?.reason,
      addressesOpening(lisa, 'Tom Lee')?.reason,
      addressesOpening(lisa, 'Lisa Tran')?.reason,
      addressesOpening(tom, 'Lisa Tran')?.reason,
      addressesOpening(tom, 'Tom Lee')?.reason,
      addressesOpening(lisa, 'Tom Lee')?.reason,
    ];
    expect(asked).toEqual([
      'writes to @Lisa Tran',
      undefined,
      'writes to @Lisa Tran',
      undefined,
      'addresses Tom Lee by name',
      undefined,
    ]);
  });
});
