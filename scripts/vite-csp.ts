import type { Plugin } from 'vite';

const CSP_META = /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*\/?>/i;

/**
 * index.html carries the strict Content-Security-Policy the built app runs under. Vite's dev server
 * needs what that policy forbids (an inline React Refresh preamble, the HMR websocket), so the meta
 * tag is dropped while serving only; `vite build` and every browser test keep it.
 */
export function viteCsp(): Plugin {
  return {
    name: 'thread-explorer-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(CSP_META, ''),
    },
  };
}
