import type { OpenError } from '../core/parse/open-error.ts';
import type { Result } from '../core/types.ts';
import type { SourceRef } from './protocol.ts';
import { readDumpFile } from './read-dump-file.ts';

/** A source whose text must be loaded first: a bundled seed or a file the reader chose. */
export type LoadedSource = Exclude<SourceRef, { readonly kind: 'text' }>;

/**
 * The text of a seed (`loadSeed`) or of a chosen file, read and decoded (which can fail: too big,
 * binary, not UTF-8). `onLoad` hears when the loading starts, which takes long enough at 20 MB for
 * the page to say so.
 */
export async function loadedText(
  source: LoadedSource,
  loadSeed: (name: string) => Promise<string>,
  onLoad: () => void,
): Promise<Result<string, OpenError>> {
  onLoad();
  if (source.kind === 'seed') return { ok: true, value: await loadSeed(source.name) };
  return readDumpFile(source.blob, source.name);
}
