import { detectFormat } from './detect-format.ts';
import { lfLineIndex, lfText } from './line-index.ts';
import { parseFlat } from './parse-flat.ts';
import { parseIndented } from './parse-indented.ts';
import type { ParsedDump } from './parsed-dump.ts';
import type { DumpFormat, ParseError, Result } from '../types.ts';

/** A dump read in its layout: what the text states, before anything is inferred. */
export interface LayoutParse extends ParsedDump {
  readonly format: DumpFormat;
}

/** Detects the layout and reads it; the lossless part of parsing, with no inference on top. */
export function parseLayout(text: string): Result<LayoutParse, ParseError> {
  // Line breaks made LF once: detection and the layout reader read the same text.
  const lf = lfText(text);
  const format = detectFormat(text, lf);
  if (!format.ok) return format;
  const parsed = readAs(format.value, text, lf);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value, format: format.value } };
}

function readAs(format: DumpFormat, text: string, lf: string): Result<ParsedDump, ParseError> {
  switch (format) {
    case 'nyt':
      return parseFlat(text, lfLineIndex(lf));
    case 'indented':
      // It walks the lines itself, in one pass: a line index would be a second.
      return parseIndented(text, lf);
    default:
      return format satisfies never;
  }
}
