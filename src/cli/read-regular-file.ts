import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_DUMP_BYTES } from '../core/parse/decode-dump.ts';
import type { Result } from '../core/types.ts';

/** Why the file could not be read: the text says what the path is, not what to do. */
export interface ReadFailure {
  readonly code: 'missing' | 'not-regular' | 'too-large' | 'unreadable';
  readonly detail: string;
}

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The bytes of a regular file, at most `limit` + 1 of them (the extra byte proves "too big"
 * even where the size is not known up front, as for files under /proc). O_NONBLOCK so that opening
 * a FIFO with no writer returns at once instead of waiting forever; the type check then refuses it.
 */
export function readRegularFile(
  path: string,
  limit: number = MAX_DUMP_BYTES,
): Result<Uint8Array, ReadFailure> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    if (code === 'ENOENT') return { ok: false, error: { code: 'missing', detail: 'no such file' } };
    if (code === 'EISDIR') {
      return { ok: false, error: { code: 'not-regular', detail: 'is a directory, not a file' } };
    }
    return { ok: false, error: { code: 'unreadable', detail: `cannot read it (${code})` } };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = kindOf(stat);
      return {
        ok: false,
        error: { code: 'not-regular', detail: `is ${kind}, not a file` },
      };
    }
    if (stat.size > limit) {
      return { ok: false, error: { code: 'too-large', detail: String(stat.size) } };
    }
    const cap = limit + 1;
    // One byte over the stated size, so the read that meets the end needs no bigger buffer: growing
    // at the end doubled a 19 MB dump's buffer to 58 MB held at once.
    let buffer = new Uint8Array(Math.min(cap, Math.max(stat.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length >= cap) break;
        const grown = new Uint8Array(Math.min(cap, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) {
      return { ok: false, error: { code: 'too-large', detail: String(length) } };
    }
    return { ok: true, value: buffer.subarray(0, length) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    return { ok: false, error: { code: 'unreadable', detail: `cannot read it (${code})` } };
  } finally {
    closeSync(fd);
  }
}
