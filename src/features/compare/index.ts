// The compare feature's public face: the app renders ComparePanel when the view has `compare`;
// the article switcher and Stats offer CompareWith.
export { ComparePanel, type ComparePanelProps } from './ComparePanel.tsx';
export { CompareWith } from './CompareWith.tsx';
export { compareView } from './compare-links.ts';
