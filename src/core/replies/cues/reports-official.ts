// "Mayor Ruth Delancey voted against this…", "Council chair Mark Feeney said at the meeting…",
// "Public Works Director Oyelaran told the council…": a comment opening on what an official did
// brings news of its own, a subject of its own rather than a turn in someone's exchange.
const TITLE =
  /^(?:mayor|deputy mayor|governor|senator|sheriff|superintendent|commissioner|alderman|alderwoman|council ?(?:member|man|woman|chair|president)|(?:board|council|committee) (?:chair|president)|(?:public works|planning|parks|school) director|city manager|town manager|police chief|fire chief)\s+/iu;
/** A name as written after the title: a capitalised word (then possibly more). */
const NAME = /^\p{Lu}[\p{L}'’-]+\b/u;

/** Does `opening` start with an official named by title ("Mayor Ruth Delancey …")? */
export function reportsOfficial(opening: string): boolean {
  const title = TITLE.exec(opening);
  return title !== null && NAME.test(opening.slice(title[0].length));
}
