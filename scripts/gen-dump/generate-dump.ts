import { buildChain, type Chain } from './markov.ts';
import { createRng, type Rng } from './prng.ts';
import { makePeople, planComments, type PlannedComment } from './plan-comments.ts';
import { writeBody } from './write-body.ts';
import { ACTORS, MONTHS, TITLES, TOPICS } from './vocabulary.ts';

export type GenLayout = 'flat' | 'indented';

export interface GenOptions {
  readonly comments: number;
  readonly layout: GenLayout;
  readonly seed?: number;
  /** Replies in the first thread; defaults to 1,000 from 10k comments up (the collapse benchmark), else 0. */
  readonly bigThread?: number;
  /** Real comment text to learn sentences from (see seedCorpus); without it, templates only. */
  readonly corpus?: string;
  /**
   * Flat layout: about this many characters of article text under the dateline, with one comment
   * in seven opening on a quotation from it (what `quotesArticle` reads). 0 or absent: none, and
   * the bytes are those of a dump generated without the option.
   */
  readonly articleBody?: number;
}

export interface GeneratedComment {
  readonly author: string | null;
  readonly location: string | null;
  /** The true parent, which the flat layout leaves for reply inference to guess. */
  readonly parentIndex: number | null;
  readonly depth: number;
}

export interface GeneratedDump {
  readonly text: string;
  readonly comments: readonly GeneratedComment[];
}

const BULLET = '\u2022';

/** A realistic comment dump in the given layout, exactly `comments` comments, same seed → same bytes. */
export function generateDump(opts: GenOptions): GeneratedDump {
  const rng = createRng(opts.seed ?? 1);
  const n = Math.max(0, Math.floor(opts.comments));
  const bigThread = Math.min(opts.bigThread ?? (n >= 10_000 ? 1_000 : 0), Math.max(0, n - 1));
  const people = makePeople(rng, Math.max(8, Math.ceil(n / 6)), opts.layout === 'flat');
  const plan = planComments(rng, people, {
    comments: n,
    bigThread,
    // The flat layout always names its commenters; indented dumps have nameless bullets.
    anonymousShare: opts.layout === 'indented' ? 0.04 : 0,
  });
  const title = rng.pick(TITLES);
  const chain = opts.corpus === undefined ? null : buildChain(opts.corpus);
  const article =
    opts.layout === 'flat' && (opts.articleBody ?? 0) > 0
      ? // Its own random source: the comments stay those of the same seed without an article.
        articleText(createRng((opts.seed ?? 1) ^ 0x5eed), opts.articleBody ?? 0, chain)
      : null;
  const text =
    opts.layout === 'flat'
      ? flatText(rng, title, plan, chain, article)
      : indentedText(rng, title, plan, chain);
  return {
    text,
    comments: plan.map((c) => ({
      author: c.person?.name ?? null,
      location: opts.layout === 'flat' ? (c.person?.location ?? null) : null,
      parentIndex: c.parentIndex,
      depth: c.depth,
    })),
  };
}

function bodyOf(
  rng: Rng,
  plan: readonly PlannedComment[],
  c: PlannedComment,
  chain: Chain | null,
): string[] {
  const parent = c.parentIndex === null ? undefined : plan[c.parentIndex]?.person;
  return writeBody(rng, parent, c.parentIndex !== null, chain);
}

interface Article {
  readonly paragraphs: readonly string[];
  readonly words: readonly string[];
  readonly rng: Rng;
}

/** Paragraphs of prose up to `chars` characters, and its words for quotations. */
function articleText(rng: Rng, chars: number, chain: Chain | null): Article {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    // Parentheses dropped: a short paragraph like "Ann (Ohio)" would read as a comment header.
    const p = writeBody(rng, null, false, chain).join(' ').replace(/[()]/g, '');
    paragraphs.push(p);
    length += p.length + 2;
  }
  const words = paragraphs
    .join(' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  return { paragraphs, words, rng };
}

/** Six to twelve words of the article, as a reader quotes them. */
function quotation(a: Article): string {
  const n = a.rng.int(6, 12);
  const from = a.rng.int(0, Math.max(0, a.words.length - n));
  return `"${a.words
    .slice(from, from + n)
    .join(' ')
    .replace(/["“”]/g, '')}"`;
}

function flatText(
  rng: Rng,
  title: string,
  plan: readonly PlannedComment[],
  chain: Chain | null,
  article: Article | null,
): string {
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const date = `${rng.pick(MONTHS)} ${day}, ${rng.int(2009, 2024)}`;
  const lines = [title, '', `${date} \u00b7 ${plan.length} comments`];
  if (article !== null) lines.push('', article.paragraphs.join('\n\n'), '');
  for (const c of plan) {
    const person = c.person ?? { name: 'Reader', location: 'USA' };
    lines.push(`${person.name} (${person.location})`);
    const body = bodyOf(rng, plan, c, chain);
    if (article !== null && article.rng.chance(1 / 7)) body.unshift(quotation(article));
    lines.push(body.join('\n\n'));
  }
  return lines.join('\n') + '\n';
}

function indentedText(
  rng: Rng,
  title: string,
  plan: readonly PlannedComment[],
  chain: Chain | null,
): string {
  const byline = `${rng.pick(['Jason', 'Dave', 'Kelley'])} ${rng.pick(['Ditz', 'DeCamp', 'Vlahos'])}`;
  const lines = [title, '', `${rng.pick(ACTORS)} and ${rng.pick(TOPICS)}: What Comes Next`, ''];
  for (let i = 0; i < rng.int(2, 5); i += 1) {
    lines.push(writeBody(rng, null, false, chain).join(' '), '');
  }
  lines.push('', `Author: ${byline}`, '', `${byline} is news editor of`, '');
  for (const c of plan) {
    const bullet = ' '.repeat(2 + 2 * c.depth) + BULLET + ' ';
    const indent = ' '.repeat(4 + 2 * c.depth);
    const paragraphs = bodyOf(rng, plan, c, chain);
    if (c.person === null) {
      // A nameless bullet: the bullet line itself starts the body.
      const [first, ...rest] = paragraphs;
      lines.push(bullet + (first ?? ''), '');
      for (const p of rest) lines.push(indent + p, '');
    } else {
      lines.push(bullet + c.person.name, '');
      for (const p of paragraphs) lines.push(indent + p, '');
    }
  }
  return lines.join('\n');
}
