import { useSyncExternalStore } from 'react';
import { defaultMuteStore, type MuteSnapshot, type MuteStore } from './mute-store.ts';

export interface MutesApi extends MuteSnapshot {
  mute(name: string): void;
  unmute(name: string): void;
  muteWord(word: string): void;
  unmuteWord(word: string): void;
}

/** The reader's muted commenters and words; `store` must be stable (tests pass their own). */
export function useMutes(store: MuteStore = defaultMuteStore): MutesApi {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return {
    ...snapshot,
    mute: store.mute,
    unmute: store.unmute,
    muteWord: store.muteWord,
    unmuteWord: store.unmuteWord,
  };
}
