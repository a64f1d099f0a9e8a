import type { ArticleMeta, RawComment } from '../types.ts';

/** What a layout parser reads, before ids, replies, places and stance are decided. */
export interface ParsedDump {
  readonly article: ArticleMeta;
  readonly comments: RawComment[];
  readonly warnings: string[];
}
