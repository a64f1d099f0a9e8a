import type { OpenError } from '../core/parse/open-error.ts';

/** How an open ends when the reader cancelled it, in the worker and in the page's client alike. */
export const CANCELLED: OpenError = {
  code: 'cancelled',
  message: 'Opening was cancelled.',
  line: null,
};
