import { useCallback, useEffect, useRef, useState } from 'react';
import { checkDumpSize } from '../../core/parse/decode-dump.ts';
import type { OpenError } from '../../core/parse/open-error.ts';
import type { Result } from '../../core/types.ts';
import type { OpenDeps, ParsedSummary } from './open-deps.ts';

export type OpenState =
  | { readonly phase: 'idle'; readonly note: string | null }
  | { readonly phase: 'reading'; readonly name: string }
  | {
      readonly phase: 'parsing';
      readonly name: string;
      readonly done: number;
      readonly total: number;
    }
  | { readonly phase: 'failed'; readonly name: string; readonly error: OpenError }
  | { readonly phase: 'opened'; readonly name: string; readonly summary: ParsedSummary };

const IDLE: OpenState = { phase: 'idle', note: null };

/**
 * Size check → reading, decoding and parsing in the worker → adding to the library. Whatever fails,
 * the library is touched only after a parse succeeded, so a bad file never disturbs what is loaded.
 * The page never holds the dump's text: the file goes to the worker and to IndexedDB as a Blob.
 */
export function useOpenDump(deps: OpenDeps) {
  const [state, setState] = useState<OpenState>(IDLE);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(
    async (name: string, blob: Result<Blob, OpenError>) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const live = () => running.current === controller && !controller.signal.aborted;
      if (!blob.ok) {
        setState({ phase: 'failed', name, error: blob.error });
        return;
      }
      setState({ phase: 'reading', name });
      let parsed;
      try {
        parsed = await deps.parse(blob.value, name, {
          signal: controller.signal,
          onProgress: (done, total) => {
            if (live()) setState({ phase: 'parsing', name, done, total });
          },
        });
      } catch (e) {
        parsed = {
          ok: false as const,
          error: {
            code: 'failed' as const,
            message: `“${name}” could not be parsed: ${e instanceof Error ? e.message : String(e)}. The discussions already open are unchanged.`,
            line: null,
          },
        };
      }
      if (!live()) return;
      if (!parsed.ok) {
        setState({ phase: 'failed', name, error: parsed.error });
        return;
      }
      try {
        await deps.add({ name, blob: blob.value, hash: parsed.value.hash });
      } catch (e) {
        setState({
          phase: 'failed',
          name,
          error: {
            code: 'failed',
            message: `“${name}” was read but could not be added: ${e instanceof Error ? e.message : String(e)}.`,
            line: null,
          },
        });
        return;
      }
      if (!live()) return;
      running.current = null;
      setState({ phase: 'opened', name, summary: parsed.value });
    },
    [deps],
  );

  // Refused from `file.size` before a byte is read; the worker checks the bytes themselves.
  const openFile = useCallback(
    (file: File) => {
      const size = checkDumpSize(file.size, file.name);
      return run(file.name, size.ok ? { ok: true, value: file } : size);
    },
    [run],
  );

  // Pasted text goes the way of a file, as its UTF-8 bytes.
  const openText = useCallback(
    (text: string, name: string) =>
      run(name, { ok: true, value: new Blob([text], { type: 'text/plain' }) }),
    [run],
  );

  const cancel = useCallback(() => {
    const c = running.current;
    if (c === null) return;
    c.abort();
    running.current = null;
    setState({
      phase: 'idle',
      note: 'Cancelled. Nothing was added; the open discussions are unchanged.',
    });
  }, []);

  const dismiss = useCallback(() => setState(IDLE), []);

  return { state, openFile, openText, cancel, dismiss };
}
