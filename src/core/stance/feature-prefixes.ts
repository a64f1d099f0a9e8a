/** Prefix of the features that carry the rules' verdict; the rest are words (or tone). */
export const RULE_PREFIX = 'rule:';
/** Prefix of the features of a comment's tone and kind, shown to a reader as "… tone". */
export const TONE_PREFIX = 'tone:';
