// Imported first by the worker entry, so it runs before any module that touches dump text. The
// worker parses untrusted text and needs no network and no code from strings; if a parser bug ever
// let text reach one of these, it must fail here, whatever Content-Security-Policy the host sends.

const NETWORK = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'importScripts',
  'Worker',
  'SharedWorker',
] as const;

/** A plain function, not an arrow, so that `new XMLHttpRequest()` reaches the throw too. */
function refuse(what: string): () => never {
  return function refused(): never {
    throw new TypeError(`${what} is disabled in the thread worker.`);
  };
}

function seal(target: object, key: string, value: unknown): void {
  try {
    Object.defineProperty(target, key, { value, writable: false, configurable: false });
  } catch {
    // A property the engine will not let go of stays as it is; the CSP header still covers it.
  }
}

/** Replaces network and eval entry points on `scope` (the worker's global) with throwing stubs. */
export function lockDown(scope: object): void {
  for (const name of NETWORK) {
    if (name in scope) seal(scope, name, refuse(name));
  }
  const denyCode = refuse('Code from strings (eval / Function)');
  seal(scope, 'eval', denyCode);
  // Every function constructor is reachable from an instance, not just the global `Function`.
  const constructors = [
    Function,
    Object.getPrototypeOf(async () => {}).constructor,
    Object.getPrototypeOf(function* () {}).constructor,
    Object.getPrototypeOf(async function* () {}).constructor,
  ] as const;
  for (const ctor of constructors) {
    seal((ctor as { prototype: object }).prototype, 'constructor', denyCode);
  }
  seal(scope, 'Function', denyCode);
}

lockDown(self);
