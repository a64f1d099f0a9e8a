/**
 * The policy the app runs under, as response headers. index.html carries the same policy as a meta
 * tag for hosts that cannot set headers, but a meta tag cannot say `frame-ancestors` and does not
 * reach the worker (a worker takes its policy from its own response), hence the headers.
 * Nothing in the app talks to a server: `connect-src 'none'`.
 */
export const META_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'none'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'";

export const HEADER_POLICY = `${META_POLICY}; frame-ancestors 'none'`;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** The `_headers` file Netlify and Cloudflare Pages read (public/_headers, copied into dist/). */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  return `/*\n${lines.join('\n')}\n`;
}
