// The library feature's public face: other features and the app import it from here only.
export * from './persist-sources.ts';
export * from './rekey-misfiled.ts';
export * from './removal-note.ts';
export * from './slug-assignments.ts';
export * from './source-store.ts';
export * from './sources.tsx';
