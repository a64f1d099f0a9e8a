// The threads feature's public face: other features and the app import it from here only.
export * from './ThreadList.tsx';
export * from './thread-context.ts';
export * from './use-collapsed.ts';
export * from './use-landing.ts';
export * from './use-row-focus.ts';
export * from './use-scroll-request.ts';
export * from './use-thread-actions.ts';
