// The data feature's public face: other features and the app import it from here only.
export * from './load-progress.ts';
export * from './thread-client.tsx';
export * from './use-articles.ts';
export * from './use-search.ts';
