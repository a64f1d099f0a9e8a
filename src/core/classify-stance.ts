import type { Stance } from './types.ts';

export interface StanceInput {
  readonly body: string;
  readonly author?: string | null;
}

// STUB: replaced by the stance work (issue 3).
export function classifyStance(
  _comment: StanceInput,
  _parent?: StanceInput & { readonly stance: Stance },
): Stance {
  return { label: 'neutral', score: 0, cues: [] };
}
