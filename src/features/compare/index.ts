// The compare feature's public face: the article switcher and Stats offer CompareWith. The app
// loads ComparePanel.tsx lazily when the view has `compare`, so it is not exported here (a static
// export would pull it into the first-view bundle).
export { CompareWith } from './CompareWith.tsx';
export { compareView } from './compare-links.ts';
