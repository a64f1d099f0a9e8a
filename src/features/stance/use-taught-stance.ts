import { useMemo } from 'react';
import { useArticles } from '../data/index.ts';
import { useLearnedStance, type LearnedStanceApi } from './use-learned-stance.ts';
import { useStanceOverrides, type StanceOverridesApi } from './use-stance-overrides.ts';

export type TaughtStanceApi = StanceOverridesApi & LearnedStanceApi;

/**
 * The reader's labels and what the model learned from them, for the page: `labelOf` (reader ??
 * learned) feeds filters, counts, stats and exports; `overrideOf` stays the reader's own labels.
 */
export function useTaughtStance(): TaughtStanceApi {
  const overrides = useStanceOverrides();
  const { loaded } = useArticles();
  const learned = useLearnedStance(loaded, overrides.overrides, overrides.overrideOf);
  return useMemo(() => ({ ...overrides, ...learned }), [overrides, learned]);
}
