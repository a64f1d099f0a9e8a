/**
 * The room a badge takes, empty, while a dump's stances are read and while the badge's own code
 * loads: the badges then come without moving the text (as tall as a badge, as wide as the widest,
 * "Supports": 84 px).
 */
export const STANCE_BADGE_ROOM = <span className="invisible min-h-6 w-21" />;
