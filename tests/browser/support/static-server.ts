import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../../../scripts/csp-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/**
 * Serves a built `dist/` the way a well-set-up static host would: files as they are, `index.html`
 * for `/`, and the security headers from scripts/csp-policy.ts (the worker's CSP comes from these).
 * With `gzip`, text goes out compressed to a client that accepts it, as any real host sends it
 * (Lighthouse times the transfer; the tests do not need it).
 */
export async function startStaticServer(
  root: string,
  { gzip = false }: { readonly gzip?: boolean } = {},
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      } catch {
        file = join(root, 'index.html');
      }
      try {
        const body = await readFile(file);
        const compress =
          gzip &&
          COMPRESSIBLE.has(extname(file)) &&
          /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        });
        res.end(compress ? gzipSync(body) : body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
