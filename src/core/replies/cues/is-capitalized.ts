import type { Token } from './prepare-comment.ts';

// A module constant: a regular expression literal is a new object each time it is reached, and this
// is asked at every name word of every candidate's reply.
const CAPITALIZED = /^\p{Lu}/u;

/** Does the token start with a capital letter (any script)? */
export const isCapitalized = (t: Token): boolean => CAPITALIZED.test(t.text);
