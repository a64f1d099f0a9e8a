import { checkDumpSize, decodeDump } from '../core/parse/decode-dump.ts';
import type { OpenError } from '../core/parse/open-error.ts';
import type { Result } from '../core/types.ts';

/** The size is checked from `file.size` first, so a 200 MB drop is refused before it is read. */
export async function readDumpFile(file: Blob, name: string): Promise<Result<string, OpenError>> {
  const size = checkDumpSize(file.size, name);
  if (!size.ok) return size;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'failed',
        message: `“${name}” could not be read (${e instanceof Error ? e.message : String(e)}). Check that the file still exists and try again.`,
        line: null,
      },
    };
  }
  return decodeDump(bytes, name);
}
