// The search feature's public face: other features and the app import it from here only.
export * from './Highlighted.tsx';
export * from './HitNav.tsx';
export * from './SearchBox.tsx';
export * from './hit-groups.ts';
export * from './use-hit-cursor.ts';
