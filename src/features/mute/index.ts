// MutedList is not exported here: the app loads it lazily (once someone is muted), by its path.
export type { MutedListProps } from './MutedList.tsx';
export { useMutes, type MutesApi } from './use-mutes.ts';
export { useMutedWordHits, type MutedWordState } from './use-muted-word-hits.ts';
export { createMuteStore, type MuteStore } from './mute-store.ts';
