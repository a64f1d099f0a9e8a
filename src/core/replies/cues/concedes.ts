// "Fair, I had last year's figure.", "Point taken.", "You're right, it was March.": how a commenter
// gives ground to whoever corrected them, often with no word of the correction repeated.
// "If that's true, I'll be glad to be wrong.": ground given on the condition the correction holds.
// "Guilty as charged.", "You got me.": owning up to what a jab said of them.
const CONCEDES =
  /^(?:fair(?: enough| point)?|okay|ok|point taken|good point|i stand corrected|you['’]re right|granted|my mistake|my bad|guilty as charged|you got me|touch[eé]|if so|if (?:that|this)(?:['’]s| is) (?:true|right|correct|so|the case))\b/iu;

/** Does a comment open by conceding a point? */
export const concedes = (opening: string): boolean => CONCEDES.test(opening);
