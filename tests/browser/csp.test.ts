import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseURL, launchBrowser } from './support/browser.ts';
import { waitForCount } from './explorer-support.ts';
import { guardedPage } from './support/h8-guards.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Violation {
  directive: string;
  blocked: string;
}

/** Records every CSP violation from the first moment of the page. */
function recordViolations(): void {
  const w = window as unknown as { __violations: Violation[] };
  w.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI });
  });
}

function violations(page: import('playwright-core').Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

describe('the Content-Security-Policy', () => {
  it('should be in the built index.html and forbid inline and foreign scripts', async () => {
    const html = await readFile(join(inject('distDir'), 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const directives = new Map(
      (meta?.[1] ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
    // The build must not have added an inline script the policy would then block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('should let the built app load, search and draw every view with no violation', async () => {
    const g = await guardedPage(browser, { initScript: recordViolations });
    await g.page.goto(`${baseURL()}/?q=putin`);
    await waitForCount(g.page);
    await g.page.locator('article[id^="c-"]').first().waitFor();
    await g.page.getByRole('button', { name: 'Stats', exact: true }).click();
    await g.page.locator('svg').first().waitFor();
    await g.page.getByRole('button', { name: 'Comments', exact: true }).click();
    await g.page.locator('article[id^="c-"] mark').first().waitFor();
    expect(await violations(g.page)).toEqual([]);
    expect(g.errors).toEqual([]);
    expect(g.strayRequests).toEqual([]);
    await g.context.close();
  });

  it('should block an injected inline script, inline handler and foreign script', async () => {
    const g = await guardedPage(browser, { initScript: recordViolations });
    await g.page.goto(baseURL());
    await waitForCount(g.page);
    await g.page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.body.append(inline);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handlerRan = true');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      const foreign = document.createElement('script');
      foreign.src = 'https://evil.example/x.js';
      document.body.append(foreign);
    });
    await g.page.waitForFunction(
      () => (window as unknown as { __violations: unknown[] }).__violations.length >= 3,
    );
    const ran = await g.page.evaluate(() => {
      const w = window as unknown as { __inlineRan?: boolean; __handlerRan?: boolean };
      return [w.__inlineRan ?? false, w.__handlerRan ?? false];
    });
    expect(ran).toEqual([false, false]);
    // The policy arrives twice (meta tag and header) and each reports: count distinct blocks.
    const distinct = new Set((await violations(g.page)).map((v) => `${v.directive} ${v.blocked}`));
    const seen = [...distinct].map((v) => v.split(' ')[0]).sort();
    expect(seen).toEqual(['script-src-attr', 'script-src-elem', 'script-src-elem']);
    // The foreign script was stopped by the policy, not fetched.
    expect(g.strayRequests).toEqual(['https://evil.example/x.js']);
    await expect.poll(() => g.blockedRequests).toEqual(['https://evil.example/x.js']);
    await g.context.close();
  });
});
