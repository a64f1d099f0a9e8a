// The stance feature's public face: other features and the app import it from here only.
export * from './StanceBadge.tsx';
export * from './StanceHiddenNotice.tsx';
export * from './StanceUndoToast.tsx';
export * from './YourLabels.tsx';
export * from './use-stance-overrides.ts';
export * from './use-stance-shown.ts';
export * from './use-taught-stance.ts';
