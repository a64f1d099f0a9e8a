// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMuteStore } from '../../../src/features/mute/mute-store.ts';

beforeEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('createMuteStore', () => {
  it('should keep muted commenters and words across a reload of the page', () => {
    const store = createMuteStore();
    store.mute(' Bill H. ');
    store.muteWord('Sanctions');
    const again = createMuteStore().getSnapshot();
    expect(again.names).toEqual(['Bill H.']);
    expect(again.keys.has('bill h.')).toBe(true);
    expect(again.words).toEqual(['Sanctions']);
  });

  it('should not mute the same word twice in another case, and unmute it in any case', () => {
    const store = createMuteStore();
    store.muteWord('war');
    store.muteWord(' WAR ');
    store.muteWord('   ');
    expect(store.getSnapshot().words).toEqual(['war']);
    store.unmuteWord('War');
    expect(createMuteStore().getSnapshot().words).toEqual([]);
  });

  it('should tell its listeners and keep the mutes for the visit when saving fails', () => {
    const store = createMuteStore();
    const listener = vi.fn();
    store.subscribe(listener);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.muteWord('syria');
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot().words).toEqual(['syria']);
    expect(store.getSnapshot().error).not.toBeNull();
  });
});
