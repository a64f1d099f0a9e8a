// Which slug each dump was given, by the hash of its text, kept in localStorage. A slug once given
// out stays with its dump: removing the first of two dumps with the same title must not hand its
// slug to the second, or old `article=…-2` links (and the labels keyed by slug) would move to it.
import { uniqueSlug } from '../../core/article/article-slug.ts';

export const SLUGS_STORAGE_KEY = 'thread-explorer:article-slugs';
const VERSION = 1;
/** Enough for every dump a reader keeps; the oldest assignments go first beyond it. */
const MAX_ASSIGNMENTS = 2000;

export interface SlugAssignments {
  /** The slug of the dump with this text hash: the one given before, or a new unique one. */
  slugFor(hash: string, base: string, taken: ReadonlySet<string>): string;
  /** The text hash a slug was given to, if any. */
  hashOf(slug: string): string | undefined;
  /** The slug given to a text hash, if any. */
  slugOf(hash: string): string | undefined;
}

function readStored(storage: Storage | null): Map<string, string> {
  try {
    const text = storage?.getItem(SLUGS_STORAGE_KEY) ?? null;
    if (text === null) return new Map();
    const data = JSON.parse(text) as { v?: unknown; slugs?: unknown };
    if (data.v !== VERSION || typeof data.slugs !== 'object' || data.slugs === null)
      return new Map();
    const entries = Object.entries(data.slugs as Record<string, unknown>);
    return new Map(entries.filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    // Unreadable or blocked storage: slugs are given afresh, as on a first visit.
    return new Map();
  }
}

function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createSlugAssignments(
  source: () => Storage | null = browserStorage,
): SlugAssignments {
  let bySlug: Map<string, string> | null = null;
  let byHash: Map<string, string> | null = null;
  const maps = () => {
    if (byHash === null || bySlug === null) {
      byHash = readStored(source());
      bySlug = new Map([...byHash].map(([h, s]) => [s, h]));
    }
    return { byHash, bySlug };
  };
  const save = (byHashNow: Map<string, string>) => {
    try {
      source()?.setItem(
        SLUGS_STORAGE_KEY,
        JSON.stringify({ v: VERSION, slugs: Object.fromEntries(byHashNow) }),
      );
    } catch {
      // Full or blocked storage: the slug still holds for this visit.
    }
  };
  return {
    slugFor(hash, base, taken) {
      const m = maps();
      const given = m.byHash.get(hash);
      if (given !== undefined && !taken.has(given)) return given;
      const slug = uniqueSlug(base, new Set([...taken, ...m.bySlug.keys()]));
      m.byHash.set(hash, slug);
      m.bySlug.set(slug, hash);
      while (m.byHash.size > MAX_ASSIGNMENTS) {
        const [oldHash, oldSlug] = m.byHash.entries().next().value as [string, string];
        m.byHash.delete(oldHash);
        m.bySlug.delete(oldSlug);
      }
      save(m.byHash);
      return slug;
    },
    hashOf: (slug) => maps().bySlug.get(slug),
    slugOf: (hash) => maps().byHash.get(hash),
  };
}

export const slugAssignments: SlugAssignments = createSlugAssignments();
