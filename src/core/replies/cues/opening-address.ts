// How a reply opens when it addresses one commenter: "@Lisa Tran …", "Tom: …", "J. R., …",
// "sam1984, …", "What Gordon said.", "Agree with Frank." Read once per reply from its first
// characters.

export type AddressKind = 'at' | 'colon' | 'initials' | 'handle' | 'what-said' | 'agree-with';

export interface OpeningAddress {
  readonly kind: AddressKind;
  /** As written: "Lisa Tran", "Tom", "J. R.", "Gordon". */
  readonly name: string;
}

const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?`;
// Up to three words of a name or handle; a handle may hold digits and underscores. "I" after it
// starts the sentence ("@bowhunter_tk42 I bowhunt too"), as do "I'm" and "I'd".
const NAME = String.raw`[\p{Lu}\p{Ll}\p{N}_][\p{L}\p{N}_'’-]*(?: (?!I(?:['’]\p{L}+)?\b)[\p{Lu}][\p{L}'’-]*){0,2}`;
const AT = new RegExp(String.raw`^@(${TITLE}${NAME})`, 'u');
// A thank-you or a greeting may come first ("Thanks, T. R. Four boats…"); then the initials may
// end the sentence, since the lead-in already says someone is spoken to.
// (Capitals spelled out: a case-blind pattern would let \p{Lu} match any letter.)
const LEAD_IN = String.raw`(?:[Tt]hanks|[Tt]hank you|[Ss]orry|[Yy]es|[Nn]o|[Hh]i|[Hh]ey|[Dd]ear|[Ww]ell|[Oo][Kk]|[Ss]ure),?\s+`;
const INITIALS = new RegExp(
  String.raw`^(?:${LEAD_IN}(${TITLE}(?:\p{Lu}\.\s*){1,3})(?:[,:!]|$|(?<=\.\s+)(?=\p{Lu}))|(${TITLE}(?:\p{Lu}\.\s*){1,3})[,:])`,
  'u',
);
// A handle written as a vocative ("islander_1962, the district…", "marco.r, no"): its digits, dot
// or underscore tell it from a word that merely opens a sentence.
// "ridgerunner44 I'll ask…": "I" opens the sentence after a bare handle as a lower-case word does.
const HANDLE = /^([\p{L}\p{N}]+(?:[._][\p{L}\p{N}]+)*)(?:[,:]\s|\s+(?=\p{Ll}|I(?:['’]\p{L}+)?\b))/u;
const HANDLE_MARK = /[\p{N}._]/u;
// "ems_guy_44 how long does it take…": with no comma after it, only a handle of letters joined by an
// underscore or run into digits is one; "2016 was…" or "3.5 million…" open with a number.
const BARE_HANDLE = /^(?=[\p{L}\p{N}_]*\p{L})[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$|^\p{L}+\p{N}+$/u;
const COLON = new RegExp(String.raw`^(${TITLE}${NAME}):\s`, 'u');
// "What J.T. said": initials stand for a name here too.
const INITIALS_NAME = String.raw`(?:\p{Lu}\.\s?){1,3}`;
const WHAT_SAID = new RegExp(
  String.raw`^(?:just\s+)?what\s+(${TITLE}(?:${INITIALS_NAME}|${NAME}?))\s*(?:said|says|wrote)\b`,
  'iu',
);
// Case kept in the name: read case-blind, "curator_emeritus about the storerooms" was all one name.
const AGREE_WITH = new RegExp(
  String.raw`^(?:[Ii]\s+)?(?:[Aa]gree|[Aa]greed|[Cc]oncur|[Aa]m with|'m with|[Ss]ame as|[Ss]ame with)\s+(?:with\s+)?(${TITLE}(?:${INITIALS_NAME}|${NAME}))`,
  'u',
);
/** Words that follow "agree with" or "what" without naming anyone. */
const NOT_A_NAME =
  /^(?:you|this|that|the|a|an|all|everything|every|everyone|most|much|some|him|her|them|it|he|she|they|we|i|others|people)\b/iu;

export function openingAddress(opening: string): OpeningAddress | null {
  const text = opening.trimStart().slice(0, 120);
  // Read once per reply: the costly patterns are tried only on an opening that may hold them.
  const at = text.startsWith('@') ? AT.exec(text) : null;
  if (at?.[1]) return { kind: 'at', name: at[1].replace(/[.,:;!?]+$/u, '') };
  const initials = INITIALS.exec(text);
  const written = initials?.[1] ?? initials?.[2];
  if (written) return { kind: 'initials', name: written.trim() };
  const handle = HANDLE.exec(text);
  if (
    handle?.[1] &&
    HANDLE_MARK.test(handle[1]) &&
    (/^[,:]/u.test(handle[0].slice(handle[1].length)) || BARE_HANDLE.test(handle[1]))
  ) {
    return { kind: 'handle', name: handle[1] };
  }
  const what = WHAT_SAID.exec(text);
  if (what?.[1] && !NOT_A_NAME.test(what[1])) return { kind: 'what-said', name: what[1].trim() };
  const agree = AGREE_WITH.exec(text);
  if (agree?.[1] && !NOT_A_NAME.test(agree[1])) {
    return { kind: 'agree-with', name: agree[1].trim().replace(/[,:;!?]+$/u, '') };
  }
  const colon = text.includes(':') ? COLON.exec(text) : null;
  if (colon?.[1]) return { kind: 'colon', name: colon[1] };
  return null;
}
