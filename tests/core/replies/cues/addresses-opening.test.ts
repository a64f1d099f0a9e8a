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

  it('should not fire for somebody else', () => {
    expect(addressesOpening({ kind: 'agree-with', name: 'Frank' }, 'Alicia Gomez')).toBeNull();
    expect(addressesOpening({ kind: 'colon', name: 'Tom' }, 'Lisa Tran')).toBeNull();
  });
});
