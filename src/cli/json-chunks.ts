// JSON text in pieces, so that printing a dump never needs the whole output as one string: V8 caps a
// string near 512 M characters, and a pretty 300 MB dump is more than twice that.

export interface JsonChunkOptions {
  /** Spaces per level, as JSON.stringify's third argument; 0 for compact. */
  readonly indent?: number;
  /**
   * Containers this shallow are written member by member; deeper values are one JSON.stringify
   * each. 2 splits a THREAD_JSON document comment by comment.
   */
  readonly splitDepth?: number;
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

const isContainer = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/** What JSON.stringify prints for `value` at `pad`, or undefined where it prints nothing. */
function leaf(value: unknown, indent: number, pad: string): string | undefined {
  const text = JSON.stringify(value, null, indent) as string | undefined;
  // A raw newline only ever separates members (strings escape theirs), so re-indenting is safe.
  return text === undefined || pad === '' || indent === 0 ? text : text.replace(/\n/g, `\n${pad}`);
}

function* container(
  value: object,
  depth: number,
  pad: string,
  o: Required<JsonChunkOptions>,
): Generator<string> {
  const array = Array.isArray(value);
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  const inner = pad + ' '.repeat(o.indent);
  const nl = o.indent === 0 ? '' : '\n';
  const colon = o.indent === 0 ? ':' : ': ';
  const record = value as Record<string, unknown>;
  const keys = array ? null : Object.keys(value);
  const count = keys === null ? (value as unknown[]).length : keys.length;
  let written = 0;
  for (let k = 0; k < count; k += 1) {
    const key = keys === null ? String(k) : (keys[k] ?? '');
    const member = keys === null ? (value as unknown[])[k] : record[key];
    const head = written === 0 ? `${open}${nl}${inner}` : `,${nl}${inner}`;
    const named = keys === null ? head : `${head}${JSON.stringify(key)}${colon}`;
    if (depth + 1 < o.splitDepth && isContainer(member)) {
      // Streamed, never gathered: collecting a member's pieces first would hold every comment's
      // text at once when the member is the comments array.
      yield named;
      yield* container(member, depth + 1, inner, o);
      written += 1;
      continue;
    }
    const text = leaf(member, o.indent, inner);
    // Objects drop members JSON cannot hold (undefined, functions); arrays print null for them.
    if (text === undefined && keys !== null) continue;
    yield named;
    yield text ?? 'null';
    written += 1;
  }
  yield written === 0 ? `${open}${close}` : `${nl}${pad}${close}`;
}

function* valueChunks(
  value: unknown,
  depth: number,
  pad: string,
  o: Required<JsonChunkOptions>,
): Generator<string> {
  if (depth < o.splitDepth && isContainer(value)) {
    yield* container(value, depth, pad, o);
    return;
  }
  const text = leaf(value, o.indent, pad);
  if (text !== undefined) yield text;
}

/**
 * The text of `JSON.stringify(value, null, indent)` as a sequence of strings whose concatenation is
 * exactly that text, for plain JSON data (no toJSON below the split depth's containers, no cycles).
 * Members are produced lazily: a caller writing each piece holds one comment at a time.
 */
export function jsonChunks(
  value: Json | object,
  options: JsonChunkOptions = {},
): Generator<string> {
  const o = { indent: options.indent ?? 0, splitDepth: options.splitDepth ?? 2 };
  return valueChunks(value, 0, '', o);
}
