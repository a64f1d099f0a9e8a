export { MutedList, type MutedListProps } from './MutedList.tsx';
export { useMutes, type MutesApi } from './use-mutes.ts';
export { createMuteStore, type MuteStore } from './mute-store.ts';
