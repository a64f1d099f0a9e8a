import { useSyncExternalStore } from 'react';
import { defaultMuteStore, type MuteSnapshot, type MuteStore } from './mute-store.ts';

export interface MutesApi extends MuteSnapshot {
  mute(name: string): void;
  unmute(name: string): void;
}

/** The reader's muted commenters; `store` must be stable (tests pass their own). */
export function useMutes(store: MuteStore = defaultMuteStore): MutesApi {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { ...snapshot, mute: store.mute, unmute: store.unmute };
}
