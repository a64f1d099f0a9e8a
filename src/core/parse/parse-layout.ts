import { detectFormat } from './detect-format.ts';
import { lineIndex, type LineIndex } from './line-index.ts';
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
  // Lines found once: detection and the layout reader walk the same ones.
  const lines = lineIndex(text);
  const format = detectFormat(text, lines.text);
  if (!format.ok) return format;
  const parsed = readAs(format.value, text, lines);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value, format: format.value } };
}

function readAs(
  format: DumpFormat,
  text: string,
  lines: LineIndex,
): Result<ParsedDump, ParseError> {
  switch (format) {
    case 'nyt':
      return parseFlat(text, lines);
    case 'indented':
      return parseIndented(text, lines);
    default:
      return format satisfies never;
  }
}
