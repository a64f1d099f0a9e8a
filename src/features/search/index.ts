// The search feature's public face: other features and the app import it from here only.
export * from './Highlighted.tsx';
export { loadHighlighter } from './highlighter.ts';
// HitNav is not exported here: the app loads it lazily (on the first search), by its own path.
export * from './SearchBox.tsx';
export * from './use-hit-cursor.ts';
