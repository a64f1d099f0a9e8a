// The implementation before lines were read from a line index (afdaa0c), kept verbatim so the
// new one can be checked against it on generated dumps.
import { bareNameHeaders } from '../../../../src/core/parse/bare-name-headers.ts';
import { headerShape, type HeaderShape } from '../../../../src/core/parse/header-shape.ts';
import { joinBody, lineSource } from './join-body.ts';
import { parseDateline } from '../../../../src/core/parse/parse-dateline.ts';
import type { ParsedDump } from '../../../../src/core/parse/parsed-dump.ts';
import {
  scoreHeader,
  STRONG_HEADER_SCORE,
  type HeaderContext,
} from '../../../../src/core/parse/score-header.ts';
import { isSpaceCode } from '../../../../src/core/text/char-codes.ts';
import { isBlank, splitLines } from '../../../../src/core/text/split-lines.ts';
import type { ParseError, RawComment, Result } from '../../../../src/core/types.ts';

interface Candidate {
  readonly index: number;
  readonly shape: HeaderShape;
  readonly score: number;
}

interface Scored extends Candidate {
  readonly context: HeaderContext;
}

/** What surrounds the header-shaped line at `index`; `afterHeader` is the caller's to know. */
function contextOf(
  lines: readonly string[],
  start: number,
  index: number,
  afterHeader: boolean,
): HeaderContext {
  // Blank lines right under the dateline are layout, not a paragraph break inside a body.
  let prev = index - 1;
  while (prev >= start && isBlank(lines[prev] ?? '')) prev -= 1;
  return {
    afterBlank: prev >= start && prev < index - 1,
    afterHeader,
    indented: isSpaceCode((lines[index] ?? '').charCodeAt(0)),
    knownAuthor: false,
  };
}

function scoreCandidates(lines: readonly string[], start: number): Candidate[] {
  const base: Scored[] = [];
  let lastPlausible = -2;
  for (let i = start; i < lines.length; i += 1) {
    const shape = headerShape(lines[i] ?? '');
    if (shape === null) continue;
    // Only a plausible header right above makes this one head an empty comment.
    const context = contextOf(lines, start, i, lastPlausible === i - 1);
    const score = scoreHeader(shape, context);
    if (score >= 0) lastPlausible = i;
    base.push({ index: i, shape, score, context });
  }
  // A name that heads a clear comment elsewhere makes its doubtful twin more likely a header too.
  const clearNames = new Set<string>();
  for (const c of base) if (c.score >= STRONG_HEADER_SCORE) clearNames.add(c.shape.name);
  return base.map((c) =>
    c.score < STRONG_HEADER_SCORE && clearNames.has(c.shape.name)
      ? { ...c, score: scoreHeader(c.shape, { ...c.context, knownAuthor: true }) }
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
  return { headers: plausible.filter((c) => !dropped.has(c)), dropped: [...dropped] };
}

/** The flat "nyt" layout: title, dateline, then `Name (Place)` headers each followed by a body. */
export function parseFlat(
  text: string,
  lines: readonly string[] = splitLines(text),
): Result<ParsedDump, ParseError> {
  const titleAt = lines.findIndex((line) => !isBlank(line));
  if (titleAt < 0) {
    return { ok: false, error: { code: 'empty', message: 'the input is empty', line: null } };
  }
  let next = titleAt + 1;
  while (next < lines.length && isBlank(lines[next] ?? '')) next += 1;
  const dateline = next < lines.length ? parseDateline(lines[next] ?? '') : null;
  const start = dateline === null ? titleAt + 1 : next + 1;
  const declared = dateline?.count ?? null;

  const chosen = chooseHeaders(scoreCandidates(lines, start), declared);
  const { dropped } = chosen;
  const warnings: string[] = [];
  const bare = bareNameHeaders(
    lines,
    start,
    chosen.headers.map((h) => ({ index: h.index, name: h.shape.name })),
    (declared ?? 0) - chosen.headers.length,
  );
  for (const b of bare) {
    warnings.push(
      `line ${b.index + 1}: "${b.name}" has no place in parentheses but was read as a comment header (the dateline declares ${declared} comments)`,
    );
  }
  const headers = [
    ...chosen.headers,
    ...bare.map((b) => ({ index: b.index, shape: { name: b.name, location: null }, score: 0 })),
  ].sort((a, b) => a.index - b.index);
  for (const c of [...dropped].sort((a, b) => a.index - b.index)) {
    warnings.push(
      `line ${c.index + 1}: "${lines[c.index]?.trim() ?? ''}" looks like a comment header but was read as comment text (it would exceed the declared ${declared} comments)`,
    );
  }

  const firstHeader = headers[0]?.index ?? lines.length;
  const preamble = joinBody(lines, start, firstHeader);
  const source = lineSource(text, lines);
  const comments: RawComment[] = headers.map((h, k) => ({
    author: h.shape.name,
    rawLocation: h.shape.location,
    body: joinBody(lines, h.index + 1, headers[k + 1]?.index ?? lines.length, source),
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
        title: (lines[titleAt] ?? '').trim(),
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
