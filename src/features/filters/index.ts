// The filters feature's public face: other features and the app import it from here only.
// ActiveFilters is not exported here: the app loads it lazily (once a filter is set), by its path.
export * from './LocationFilter.tsx';
export * from './SortSelect.tsx';
export * from './StanceFilter.tsx';
