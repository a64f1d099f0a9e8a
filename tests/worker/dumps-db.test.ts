// The dumps' store under a database that changes beneath it. Node has no IndexedDB, so a small
// stand-in factory plays the browser's part: it hands out the open request and lets each test fire
// the event a real browser would (another tab holding an old version, a deletion, an aborted open).
import { describe, expect, it } from 'vitest';
import { DUMPS_BLOCKED, DUMPS_DELETED, dumpsDb } from '../../src/worker/dumps-db.ts';

interface FakeConnection {
  closed: boolean;
  onversionchange: (() => void) | null;
  onclose: (() => void) | null;
  close: () => void;
  transaction: () => { objectStore: () => string };
}

interface FakeRequest {
  result: FakeConnection;
  error: DOMException | null;
  onupgradeneeded: (() => void) | null;
  onblocked: (() => void) | null;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}

function fakeFactory() {
  const requests: FakeRequest[] = [];
  const factory = {
    open: () => {
      const connection: FakeConnection = {
        closed: false,
        onversionchange: null,
        onclose: null,
        close: () => {
          connection.closed = true;
        },
        transaction: () => ({ objectStore: () => 'the store' }),
      };
      const request: FakeRequest = {
        result: connection,
        error: null,
        onupgradeneeded: null,
        onblocked: null,
        onsuccess: null,
        onerror: null,
      };
      requests.push(request);
      return request as unknown as IDBOpenDBRequest;
    },
  };
  const last = (): FakeRequest => {
    const request = requests.at(-1);
    if (request === undefined) throw new Error('nothing was opened');
    return request;
  };
  return { factory, requests, last };
}

describe('dumpsDb', () => {
  it('should tell the reader to close the other tab when the open waits on an older version', async () => {
    const notices: string[] = [];
    const { factory, last } = fakeFactory();
    const use = dumpsDb((m) => notices.push(m), factory)('readonly', (s) => s);
    last().onblocked?.();
    expect(notices).toEqual([DUMPS_BLOCKED]);
    expect(DUMPS_BLOCKED).toMatch(/Close that tab, or reload it/);
    last().onsuccess?.();
    await expect(use).resolves.toBe('the store');
  });

  it('should let go at once when the database is deleted elsewhere, say so, and open afresh next time', async () => {
    const notices: string[] = [];
    const { factory, requests, last } = fakeFactory();
    const store = dumpsDb((m) => notices.push(m), factory);
    const first = store('readonly', (s) => s);
    last().onsuccess?.();
    await first;
    const connection = last().result;
    connection.onversionchange?.();
    expect(connection.closed).toBe(true);
    expect(notices).toEqual([DUMPS_DELETED]);
    expect(DUMPS_DELETED).toMatch(/open their files again/);
    const second = store('readonly', (s) => s);
    expect(requests).toHaveLength(2);
    last().onsuccess?.();
    await expect(second).resolves.toBe('the store');
  });

  it('should fail an aborted open with a named error, not "null", and try again on the next use', async () => {
    const { factory, requests, last } = fakeFactory();
    const store = dumpsDb(() => undefined, factory);
    const first = store('readonly', (s) => s);
    last().onerror?.();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    const second = store('readonly', (s) => s);
    expect(requests).toHaveLength(2);
    last().onsuccess?.();
    await expect(second).resolves.toBe('the store');
  });
});
