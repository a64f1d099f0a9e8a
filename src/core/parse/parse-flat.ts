import { bareNameHeaders } from './bare-name-headers.ts';
import type { HeaderShape } from './header-shape.ts';
import { HeaderMemo } from './header-memo.ts';
import { joinBody } from './join-body.ts';
import {
  lineAt,
  lineEnd,
  lineIndex,
  lineStart,
  skipSpace,
  skipSpaceBack,
  type LineIndex,
} from './line-index.ts';
import { parseDateline } from './parse-dateline.ts';
import type { ParsedDump } from './parsed-dump.ts';
import { STRONG_HEADER_SCORE, type HeaderContext } from './score-header.ts';
import { isSpaceCode } from '../text/char-codes.ts';
import type { ParseError, RawComment, Result } from '../types.ts';

interface Candidate {
  readonly index: number;
  readonly shape: HeaderShape;
  readonly score: number;
}

interface Scored extends Candidate {
  readonly context: HeaderContext;
}

function isBlankLine(lines: LineIndex, i: number): boolean {
  return skipSpace(lines.text, lineStart(lines, i), lineEnd(lines, i)) === lineEnd(lines, i);
}

/** What surrounds the header-shaped line at `index`; `afterHeader` is the caller's to know. */
function contextOf(
  lines: LineIndex,
  start: number,
  index: number,
  afterHeader: boolean,
): HeaderContext {
  // Blank lines right under the dateline are layout, not a paragraph break inside a body.
  let prev = index - 1;
  while (prev >= start && isBlankLine(lines, prev)) prev -= 1;
  return {
    afterBlank: prev >= start && prev < index - 1,
    afterHeader,
    indented: isSpaceCode(lines.text.charCodeAt(lineStart(lines, index))),
    knownAuthor: false,
  };
}

/** A header ends with ")": nearly every line is prose, rejected here without slicing it out. */
function mayBeHeader(lines: LineIndex, i: number): boolean {
  const start = lineStart(lines, i);
  const last = skipSpaceBack(lines.text, start, lineEnd(lines, i));
  return last > start && lines.text.charCodeAt(last - 1) === 0x29;
}

function scoreCandidates(lines: LineIndex, start: number): Candidate[] {
  const memo = new HeaderMemo();
  const base: Scored[] = [];
  let lastPlausible = -2;
  for (let i = start; i < lines.count; i += 1) {
    const shape = mayBeHeader(lines, i) ? memo.shape(lineAt(lines, i)) : null;
    if (shape === null) continue;
    // Only a plausible header right above makes this one head an empty comment.
    const context = contextOf(lines, start, i, lastPlausible === i - 1);
    const score = memo.score(shape, context);
    if (score >= 0) lastPlausible = i;
    base.push({ index: i, shape, score, context });
  }
  // A name that heads a clear comment elsewhere makes its doubtful twin more likely a header too.
  const clearNames = new Set<string>();
  for (const c of base) if (c.score >= STRONG_HEADER_SCORE) clearNames.add(c.shape.name);
  return base.map((c) =>
    c.score < STRONG_HEADER_SCORE && clearNames.has(c.shape.name)
      ? { ...c, score: memo.score(c.shape, { ...c.context, knownAuthor: true }) }
      : c,
  );
}

/**
 * Keeps every plausible header, then, while the count overshoots what the dump declares, drops the
 * least header-like doubtful one: the declared count is one more cue, never the only one.
 */
function chooseHeaders(candidates: readonly Candidate[], declared: number | null) {
  const plausible = candidates.filter((c) => c.score >= 0);
  const dropped = new Set<Candidate>();
  if (declared !== null && plausible.length > declared) {
    const doubtful = plausible
      .filter((c) => c.score < STRONG_HEADER_SCORE)
      .sort((a, b) => a.score - b.score || b.index - a.index);
    for (const c of doubtful.slice(0, plausible.length - declared)) dropped.add(c);
  }
  const headers = dropped.size === 0 ? plausible : plausible.filter((c) => !dropped.has(c));
  return { headers, dropped: [...dropped] };
}

/** The flat "nyt" layout: title, dateline, then `Name (Place)` headers each followed by a body. */
export function parseFlat(
  text: string,
  lines: LineIndex = lineIndex(text),
): Result<ParsedDump, ParseError> {
  let titleAt = 0;
  while (titleAt < lines.count && isBlankLine(lines, titleAt)) titleAt += 1;
  if (titleAt === lines.count) {
    return { ok: false, error: { code: 'empty', message: 'the input is empty', line: null } };
  }
  let next = titleAt + 1;
  while (next < lines.count && isBlankLine(lines, next)) next += 1;
  const dateline = next < lines.count ? parseDateline(lineAt(lines, next)) : null;
  const start = dateline === null ? titleAt + 1 : next + 1;
  const declared = dateline?.count ?? null;

  const chosen = chooseHeaders(scoreCandidates(lines, start), declared);
  const { dropped } = chosen;
  const warnings: string[] = [];
  const missing = (declared ?? 0) - chosen.headers.length;
  // Lines split and headers listed only when the dateline declares more comments than were found.
  const bare =
    missing > 0
      ? bareNameHeaders(
          lines.text.split('\n'),
          start,
          chosen.headers.map((h) => ({ index: h.index, name: h.shape.name })),
          missing,
        )
      : [];
  for (const b of bare) {
    warnings.push(
      `line ${b.index + 1}: "${b.name}" has no place in parentheses but was read as a comment header (the dateline declares ${declared} comments)`,
    );
  }
  // The chosen headers are in line order already: only bare names need sorting in among them.
  const headers =
    bare.length === 0
      ? chosen.headers
      : [
          ...chosen.headers,
          ...bare.map((b) => ({
            index: b.index,
            shape: { name: b.name, location: null },
            score: 0,
          })),
        ].sort((a, b) => a.index - b.index);
  for (const c of [...dropped].sort((a, b) => a.index - b.index)) {
    warnings.push(
      `line ${c.index + 1}: "${lineAt(lines, c.index).trim()}" looks like a comment header but was read as comment text (it would exceed the declared ${declared} comments)`,
    );
  }

  const firstHeader = headers[0]?.index ?? lines.count;
  const preamble = joinBody(lines, start, firstHeader);
  const comments: RawComment[] = headers.map((h, k) => ({
    author: h.shape.name,
    rawLocation: h.shape.location,
    body: joinBody(lines, h.index + 1, headers[k + 1]?.index ?? lines.count),
    depth: null,
    line: h.index + 1,
  }));
  if (declared !== null && declared !== comments.length) {
    warnings.push(`declared ${declared} comments, found ${comments.length}`);
  }
  return {
    ok: true,
    value: {
      article: {
        title: lineAt(lines, titleAt).trim(),
        subtitle: null,
        date: dateline?.date ?? null,
        declaredCommentCount: declared,
        byline: null,
        body: preamble === '' ? null : preamble,
        bio: null,
      },
      comments,
      warnings,
    },
  };
}
