// The errors feature's public face: other features and the app import it from here only.
export * from './ErrorBoundary.tsx';
export * from './use-notices.ts';
