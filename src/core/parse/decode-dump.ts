import type { OpenError } from './open-error.ts';
import type { Result } from '../types.ts';
import { firstInvalidUtf8 } from './first-invalid-utf8.ts';
import { formatBytes } from '../text/format-bytes.ts';

/**
 * 50 MB: a 50,000-comment dump is about 15 MB, so this leaves room for the biggest real comment
 * sections while keeping a browser tab (text + parse + index, roughly 10× the bytes) well inside memory.
 */
export const MAX_DUMP_BYTES = 50 * 1024 * 1024;

/** Signatures of the files people drop by mistake; anything here is named in the message. */
const MAGIC: ReadonlyArray<{ readonly kind: string; readonly bytes: readonly number[] }> = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'a ZIP archive (or a Word/Excel file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b] },
];

/** Only the head is scanned for NUL: text never has one, binary formats have them early. */
const NUL_SCAN_BYTES = 8192;

const WHAT_TO_DO = 'Choose a comment dump saved as a plain text file (.txt).';

function fail(code: OpenError['code'], message: string, line: number | null = null) {
  return { ok: false, error: { code, message, line } } as const;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Checked from `File.size` before a single byte is read, so a 2 GB drop costs nothing. */
export function checkDumpSize(
  size: number,
  name: string,
  limit: number = MAX_DUMP_BYTES,
): Result<null, OpenError> {
  if (size > limit) {
    // Just over the cap rounds to the cap itself ("is 50 MB; … up to 50 MB"): say "over" then.
    const shown = formatBytes(size);
    const most = formatBytes(limit);
    const is = shown === most ? `is over ${most}` : `is ${shown}`;
    return fail(
      'too-large',
      `“${name}” ${is}; the explorer opens dumps up to ${most}. ` +
        'Split the dump into smaller files and open them one by one.',
    );
  }
  return { ok: true, value: null };
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/**
 * Bytes → text for the parser, or a message saying what is wrong and what to do. Never throws.
 * UTF-8 (with or without BOM) and BOM-marked UTF-16 (what Windows Notepad calls "Unicode") are read;
 * anything else that is not valid UTF-8 is refused with the byte offset, never silently patched
 * with U+FFFD, because a replaced byte inside a name would change that comment's id.
 */
export function decodeDump(
  bytes: Uint8Array,
  name: string,
  limit: number = MAX_DUMP_BYTES,
): Result<string, OpenError> {
  const size = checkDumpSize(bytes.length, name, limit);
  if (!size.ok) return size;
  if (bytes.length === 0) return fail('empty', `“${name}” is empty: it has no text. ${WHAT_TO_DO}`);

  for (const { kind, bytes: magic } of MAGIC) {
    if (startsWith(bytes, magic)) {
      return fail('binary', `“${name}” is ${kind}, not a text comment dump. ${WHAT_TO_DO}`);
    }
  }

  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return fail('encoding', `“${name}” says it is UTF-16 but is not valid UTF-16. ${WHAT_TO_DO}`);
    }
  } else {
    const nul = bytes.subarray(0, NUL_SCAN_BYTES).indexOf(0);
    if (nul !== -1) {
      return fail(
        'binary',
        `“${name}” is binary data (a NUL byte at offset ${nul}), not a text comment dump. ${WHAT_TO_DO}`,
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const offset = firstInvalidUtf8(bytes);
      const line = lineOfOffset(bytes, offset);
      return fail(
        'encoding',
        `“${name}” is not valid UTF-8: the byte at offset ${offset} (line ${line}) cannot be read. ` +
          'Save the file with UTF-8 encoding (most editors offer it under "Save as") and open it again.',
        line,
      );
    }
  }

  // TextDecoder already drops a leading BOM; this catches a second one some tools write.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return fail('empty', `“${name}” has only blank space, no text. ${WHAT_TO_DO}`);
  }
  return { ok: true, value: text };
}
