/** A comment with no parent, in a parse's `parents` (parse-structure.ts). */
export const NO_PARENT = -1;
