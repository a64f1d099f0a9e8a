import type { OpenError } from '../../core/parse/open-error.ts';
import type { Result } from '../../core/types.ts';
import type { OpenedDump } from '../../worker/protocol.ts';
import type { Source } from '../library/index.ts';

/** A seed's text is fixed at build time, so its name keys it; a file is keyed by its text's hash. */
export function articleQueryKey(source: Source): readonly unknown[] {
  return source.kind === 'seed'
    ? ['article', 'seed', source.name]
    : ['article', 'file', source.hash];
}

/** One source's outcome: opened, or a typed reason it could not be. */
export interface ArticleLoad {
  readonly source: Source;
  readonly result: Result<OpenedDump, OpenError>;
}
