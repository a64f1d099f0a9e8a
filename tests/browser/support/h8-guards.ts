// Shared watchers for the hostile-input browser tests (naughty strings, URL fuzz, CSP, full storage):
// everything a payload could do that a reader would never want — a dialog, a script, a request out.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL } from './browser.ts';
import { CANARY } from './h8-naughty.ts';

export interface Guards {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  /** Messages of alert/confirm/prompt dialogs that opened (each is dismissed at once). */
  readonly dialogs: string[];
  /** Requests to anything but the app's own built files, attempted (even if CSP then blocked them). */
  readonly strayRequests: string[];
  /** The subset of strayRequests that the Content-Security-Policy stopped before they left. */
  readonly blockedRequests: string[];
}

function isAppFile(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (!url.startsWith(origin)) return false;
  const path = new URL(url).pathname;
  // The page itself, its hashed bundles and the icon; `/x` (an injected <img src=x>) is not one.
  return path === '/' || path.startsWith('/assets/') || path === '/favicon.svg';
}

/** A fresh context and page with every watcher on, before the app's first script runs. */
export async function guardedPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; initScript?: () => void } = {},
): Promise<Guards> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  if (options.initScript !== undefined) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const origin = new URL(baseURL()).origin;
  const guards: Guards = {
    page,
    context,
    errors: [],
    dialogs: [],
    strayRequests: [],
    blockedRequests: [],
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') guards.errors.push(msg.text());
  });
  page.on('pageerror', (err) => guards.errors.push(err.message));
  page.on('dialog', (dialog) => {
    guards.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    if (!isAppFile(request.url(), origin)) guards.strayRequests.push(request.url());
  });
  context.on('requestfailed', (request) => {
    if (/csp/i.test(request.failure()?.errorText ?? '')) {
      guards.blockedRequests.push(request.url());
    }
  });
  return guards;
}

/** The canary counter, 0 when no payload ever ran. */
export function canaryValue(page: Page): Promise<number> {
  return page.evaluate(
    (name) => Number((window as unknown as Record<string, unknown>)[name] ?? 0),
    CANARY,
  );
}
