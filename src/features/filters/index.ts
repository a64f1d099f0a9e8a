// The filters feature's public face: other features and the app import it from here only.
export * from './ActiveFilters.tsx';
export * from './LocationFilter.tsx';
export * from './SortSelect.tsx';
export * from './StanceFilter.tsx';
