import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeBundle } from '../../scripts/node-bundle.mjs';

describe('nodeBundle', () => {
  it('should compile a TypeScript entry into a module Node runs with the same exports', async () => {
    const path = await nodeBundle('src/core/text/plural.ts');
    const mod = (await import(
      pathToFileURL(path).href
    )) as typeof import('../../src/core/text/plural.ts');
    expect(mod.plural(2, 'reply', 'replies')).toBe('2 replies');
    expect(mod.plural(1, 'comment')).toBe('1 comment');
  });

  it('should not wrap functions in keepNames helpers, which slowed the parse under tsx', async () => {
    const code = readFileSync(await nodeBundle('src/core/parse-thread.ts'), 'utf8');
    expect(code).toContain('function parseThread(');
    expect(code).not.toMatch(/__name\(/);
  });

  it('should name the module by its content, so an unchanged entry gives the same file', async () => {
    const a = await nodeBundle('src/core/text/plural.ts');
    const b = await nodeBundle('src/core/text/plural.ts');
    expect(a).toBe(b);
    expect(a).toMatch(/plural-[0-9a-f]{12}\.mjs$/);
  });
});
