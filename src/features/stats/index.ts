// The stats feature's public face: other features and the app import it from here only, and only
// lazily (src/app/ExplorerMain.tsx): a static import would put Stats in the first-view bundle.
export * from './StatsPanel.tsx';
