// The CI gate of reply inference: parent accuracy on every hand-labelled flat dump and precision of
// each cue on the issue-13 dumps, computed by the same code as `npm run eval:replies`.
import { describe, expect, it } from 'vitest';
import {
  DEV_2_SET,
  DEV_SET,
  HELD_OUT_2_SET,
  HELD_OUT_3_SET,
  HELD_OUT_4_SET,
  HELD_OUT_5_SET,
  HELD_OUT_6_SET,
  HELD_OUT_7_SET,
  HELD_OUT_8_SET,
  HELD_OUT_9_SET,
  HELD_OUT_10_SET,
  HELD_OUT_11_SET,
  HELD_OUT_12_SET,
  HELD_OUT_13_SET,
  HELD_OUT_14_SET,
  HELD_OUT_15_SET,
  HELD_OUT_16_SET,
  HELD_OUT_17_SET,
  HELD_OUT_18_SET,
  HELD_OUT_19_SET,
  HELD_OUT_20_SET,
  HELD_OUT_21_SET,
  HELD_OUT_22_SET,
  HELD_OUT_23_SET,
  HELD_OUT_24_SET,
  HELD_OUT_25_SET,
  BLIND_SETS,
  HELD_OUT_26_SET,
  HELD_OUT_27_SET,
  HELD_OUT_28_SET,
  HELD_OUT_29_SET,
  HELD_OUT_30_SET,
  HELD_OUT_31_SET,
  HELD_OUT_32_SET,
  HELD_OUT_33_SET,
  HELD_OUT_34_SET,
  HELD_OUT_35_SET,
  HELD_OUT_36_SET,
  HELD_OUT_SET,
  OLD_HELD_OUT_SET,
  SEED_SET,
  accuracy,
  precisionByCue,
  replySets,
} from '../../scripts/reply-sets.ts';

/** Measured with `npm run eval:replies`; each floor leaves a margin of about one comment. */
const FLOORS: Record<string, number> = {
  [SEED_SET]: 0.9,
  [OLD_HELD_OUT_SET]: 0.95,
  [DEV_SET]: 0.95,
  [HELD_OUT_SET]: 0.95,
  [DEV_2_SET]: 0.96,
  [HELD_OUT_2_SET]: 0.97,
  // The bar for held-out flat reply parents; the clean figure was 0.975 (78/80).
  [HELD_OUT_3_SET]: 0.95,
  // 0.912 (114/125) when first scored; its errors were read and tuned on in replies5: 0.984 (123/125).
  [HELD_OUT_4_SET]: 0.97,
  // The clean figure of the replies5 round: 0.951 (117/123) when first scored, 0.967 (119/123) after
  // tuning on the other sets only; its errors were read in session 8 (one fix): 0.976 (120/123).
  [HELD_OUT_5_SET]: 0.97,
  // Session 8: each written blind by a helper, scored once (first figure), then read and tuned on
  // while the next was written. Floors a little under the figures reached after tuning.
  // 0.869 (113/130) first; 0.969 (126/130) after.
  [HELD_OUT_6_SET]: 0.96,
  // 0.947 (125/132) first; 0.970 (128/132) after.
  [HELD_OUT_7_SET]: 0.96,
  // 0.954 (124/130) first; 0.977 (127/130) after.
  [HELD_OUT_8_SET]: 0.97,
  // 0.939 (123/131) first; 0.985 (129/131) after.
  [HELD_OUT_9_SET]: 0.97,
  // The clean figure of session 8: 0.923 (120/130); its errors were read in session 9: 0.992 (129/130).
  [HELD_OUT_10_SET]: 0.98,
  // 0.832 (114/137) first; 0.891 (122/137) after its errors were read in session 9; 0.934 (128/137)
  // after session 11's fixes from held-out 14.
  [HELD_OUT_11_SET]: 0.92,
  // 0.881 (119/135) first, the clean figure of session 9; 0.911 (123/135) after its errors were read.
  [HELD_OUT_12_SET]: 0.9,
  // The last clean figure of session 9: 0.902 (119/132); 0.947 (125/132) after its errors were read
  // in session 10.
  [HELD_OUT_13_SET]: 0.94,
  // Written blind in session 10 (0.835 first), errors read in session 11: 0.978 (136/139); the
  // session-10 starting code scored 0.827 (115/139).
  [HELD_OUT_14_SET]: 0.97,
  // Written blind in session 11, scored once after held-out 14's fixes: 0.764 (110/144); the
  // session's starting code scored 0.681 (98/144). Its errors were read later in session 11:
  // 0.861 (124/144).
  [HELD_OUT_15_SET]: 0.86,
  // Written blind in session 11, scored once after held-out 15's fixes: 0.681 (98/144). The
  // session's starting code scored 0.646 (93/144), the code after held-out 14's fixes 0.688
  // (99/144). Its errors were read in session 15: 0.847 (122/144).
  [HELD_OUT_16_SET]: 0.84,
  // Written blind in session 15 while held-out 16's errors were read; the session's starting code
  // scored 0.736 (106/144), the code after held-out 16's fixes 0.729 (105/144): those fixes did
  // not carry over to it. Its errors were read in session 18: 0.868 (125/144).
  [HELD_OUT_17_SET]: 0.85,
  // Written blind in session 18 while held-out 17's errors were read. Scored once after those
  // fixes: 0.785 (113/144); the session's starting code scored 0.799 (115/144): held-out 17's
  // fixes did not carry over to it. Its errors were read in session 19: 0.826 (119/144).
  [HELD_OUT_18_SET]: 0.81,
  // Written blind in session 19 while held-out 18's errors were read: the session's starting code
  // scored 0.660 (95/144), the code after held-out 18's fixes 0.653 (94/144). Its errors were read
  // in session 20.
  [HELD_OUT_19_SET]: 0.63,
  // Written blind in session 20 while held-out 19's errors were read: the session's starting code
  // scored 0.882 (127/144), and so did the code after. Its errors were read in session 21: 0.910
  // (131/144).
  [HELD_OUT_20_SET]: 0.85,
  // Written blind in session 21 while held-out 20's errors were read: the session's starting code
  // scored 0.739 (113/153), the code after held-out 20's fixes 0.745 (114/153). Its errors were read
  // in session 22: 0.915 (140/153).
  [HELD_OUT_21_SET]: 0.87,
  // Written blind in session 22 while held-out 21's errors were read: the session's starting code
  // scored 0.788 (130/165), the code after held-out 21's fixes 0.794 (131/165). Its errors were read
  // in session 23: 0.885 (146/165).
  [HELD_OUT_22_SET]: 0.875,
  // Written blind in session 23 while held-out 22's errors were read: the session's starting code
  // scored 0.902 (147/163), the code after held-out 22's fixes the same (147/163). Its errors were
  // read in session 25: 0.939 (153/163).
  [HELD_OUT_23_SET]: 0.93,
  // Written blind in session 25 while held-out 23's errors were read: the session's starting code
  // scored 0.845 (136/161), the code after held-out 23's fixes the same (136/161). Its errors were
  // read later in session 25: 0.963 (155/161).
  [HELD_OUT_24_SET]: 0.95,
  // Written blind in session 25 while held-out 24's errors were read: the session's starting code
  // scored 0.904 (142/157), as did the code after held-out 23's fixes and after held-out 24's (the
  // same comments wrong each time). Its errors were read in session 26: 0.962 (151/157).
  [HELD_OUT_25_SET]: 0.95,
  // Written blind in session 26 while held-out 25's errors were read: the session's starting code
  // scored 0.882 (142/161), as did the code after held-out 25's fixes (the same comments wrong). Its
  // errors were read in session 27: 0.907 (146/161).
  [HELD_OUT_26_SET]: 0.9,
  // Written blind in session 27 while held-out 26's errors were read: the session's starting code
  // scored 0.815 (137/168), the code after held-out 26's fixes 0.810 (136/168). Its errors were read
  // in session 28: 0.935 (157/168).
  [HELD_OUT_27_SET]: 0.93,
  // Written blind in session 28 while held-out 27's errors were read: the session's starting code
  // scored 0.896 (147/164), the code after held-out 27's fixes 0.890 (146/164). Its errors were
  // read in session 28: 0.976 (160/164).
  [HELD_OUT_28_SET]: 0.97,
  // Written blind later in session 28 while held-out 28's errors were read: the session's starting
  // code and the code after held-out 27's fixes scored 0.915 (150/164). Its errors were read in
  // session 31 (no rule changed for them yet).
  [HELD_OUT_29_SET]: 0.9,
  // Written blind in session 31 while held-out 29's errors were read: the session's starting code
  // scored 0.868 (145/167). Its errors were read in session 32: 0.892 (149/167).
  [HELD_OUT_30_SET]: 0.88,
  // Written blind in session 32 while held-out 30's errors were read: the session's starting code
  // scored 0.847 (138/163), the code after held-out 30's fixes 0.840 (137/163). Its errors were read
  // in session 33: 0.933 (152/163).
  [HELD_OUT_31_SET]: 0.92,
  // Written blind in session 33 while held-out 31's errors were read: the session's starting code
  // scored 0.782 (129/165), the code after held-out 31's fixes 0.788 (130/165). Its errors were read
  // in session 33: 0.879 (145/165).
  [HELD_OUT_32_SET]: 0.87,
  // Written blind in session 33 while held-out 32's errors were read: the session's starting code
  // and the code after held-out 31's and 32's fixes both scored 0.753 (122/162). Its errors were
  // read in session 34: 0.920 (149/162).
  [HELD_OUT_33_SET]: 0.91,
  // Written blind in session 34 while held-out 33's errors were read: 0.873 (144/165) with the
  // session's starting code, 0.885 (146/165) after held-out 33's fixes. Its errors were read in
  // session 34: 0.970 (160/165).
  [HELD_OUT_34_SET]: 0.96,
  // Written blind later in session 34 while held-out 34's errors were read: 0.774 (130/168) with
  // the session's starting code, 0.798 (134/168) after held-out 33's and 34's fixes.
  [HELD_OUT_35_SET]: 0.79,
  // Written blind at the end of session 34, after its last change to the code: 0.765 (127/166);
  // 0.771 (128/166) with the session's starting code.
  [HELD_OUT_36_SET]: 0.76,
};
/**
 * Sets whose every cue must be precise. Three are left out, and `npm run eval:replies` prints why.
 * Held-out 2: "agree with / what X said" is 8/9; the miss names the right commenter but takes the
 * comment sharing "fees" with the reply over the later one the label picks, which shares no content
 * word of four letters or more ("fee"). Held-out 12 (first scored blind in session 9, errors read
 * since): "shared rare words" 5/6, "answers a question" 4/5, "what X said / agree with X" 3/4.
 * Held-out 13 (clean in session 9, errors read in session 10): "answers a question" 8/9.
 * Known shortfalls, not reasons to lower the bar for every set.
 */
const PRECISE_SETS = [
  DEV_SET,
  DEV_2_SET,
  HELD_OUT_SET,
  HELD_OUT_3_SET,
  HELD_OUT_4_SET,
  HELD_OUT_5_SET,
  HELD_OUT_6_SET,
  HELD_OUT_7_SET,
  HELD_OUT_8_SET,
  HELD_OUT_9_SET,
  HELD_OUT_10_SET,
  HELD_OUT_11_SET,
  HELD_OUT_14_SET,
  HELD_OUT_25_SET,
];
/** A cue that decides a parent must be right this often; cues seen fewer times say too little. */
const CUE_PRECISION = 0.9;
const CUE_MIN_FIRES = 3;

describe('reply inference accuracy', () => {
  const sets = replySets();

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`should get the parent right for at least ${floor} of "${name}"`, () => {
      const set = sets.find((s) => s.name === name);
      expect(set?.items.length ?? 0).toBeGreaterThan(20);
      if (set) console.log(`${name}: parent right ${accuracy(set).toFixed(3)}`);
      expect(set ? accuracy(set) : 0).toBeGreaterThanOrEqual(floor);
    });
  }

  it('should keep every cue that decides a parent precise on the issue-13 dumps', () => {
    for (const set of sets.filter((s) => PRECISE_SETS.includes(s.name))) {
      for (const cue of precisionByCue(set).filter((c) => c.n >= CUE_MIN_FIRES)) {
        expect(cue.right / cue.n, `${set.name}: ${cue.cue}`).toBeGreaterThanOrEqual(CUE_PRECISION);
      }
    }
  });

  it('should leave comments about the comment section at the top level', () => {
    const meta = sets
      .filter((s) => !BLIND_SETS.includes(s.name))
      .flatMap((s) => s.items)
      .filter((i) => i.label.cue === 'meta');
    expect(meta.length).toBeGreaterThanOrEqual(8);
    expect(meta.filter((i) => i.guess !== null)).toEqual([]);
  });
});
