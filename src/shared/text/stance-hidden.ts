/**
 * What stands in place of a discussion's stance counts while its stance is hidden (off-topic): the
 * sidebar's filter, Stats' stance mix and its side of a comparison say the same.
 */
export const STANCE_HIDDEN = 'Hidden for this discussion.';
