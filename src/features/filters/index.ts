// The filters feature's public face: other features and the app import it from here only.
// ActiveFilters is not exported here: the app loads it lazily (once a filter is set), by its path.
// LocationFilter is not exported here: the sidebar mounts it lazily, last, by its path.
export * from './SortSelect.tsx';
export * from './StanceFilter.tsx';
