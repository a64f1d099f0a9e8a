import { useMemo } from 'react';
import { createViewDeriver } from '../core/view/derive-view.ts';
import type { DerivedView, ViewInputs } from '../core/view/derived-view.ts';

/** The core's derived view for this page: one deriver per mounted page, its steps memoised. */
export function useDerivedView(inputs: ViewInputs): DerivedView {
  const derive = useMemo(() => createViewDeriver(), []);
  return derive(inputs);
}
