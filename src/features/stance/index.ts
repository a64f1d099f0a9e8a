// The stance feature's public face: other features and the app import it from here only.
// StanceBadge is not exported here: the page loads it lazily, with a dump's first stances.
export * from './stance-badge-room.tsx';
// StanceHiddenNotice is not exported here: the page loads it lazily (only an off-topic dump needs it).
// StanceUndoToast is not exported here: the page mounts it lazily (its chunk follows the first view).
// YourLabels is not exported here: the page's Tools menu loads it lazily, by its path.
export * from './use-stance-overrides.ts';
export * from './use-stance-shown.ts';
export * from './use-taught-stance.ts';
