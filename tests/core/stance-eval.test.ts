// The CI gate of the stance classifier: macro-F1 on each labelled set, computed by the same code as
// `npm run eval:stance`, must not fall more than 0.05 below what was measured when the floors were set.
import { describe, expect, it } from 'vitest';
import { formatEvaluation } from '../../src/core/stance/evaluate.ts';
import { curveOf } from '../../scripts/stance-curve.ts';
import {
  DEV_2_SET,
  DEV_3_SET,
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
  HELD_OUT_SET,
  stanceSets,
} from '../../scripts/stance-sets.ts';

/**
 * Measured macro-F1 (npm run eval:stance) when the classifier was last changed; the gate is −0.05.
 * The dev set was tuned on, so its figure flatters the classifier; the held-out set was written
 * before the second round of rules and scored once afterwards — that is the honest figure.
 */
const REACHED: Record<string, number> = {
  // 0.736 before the session-10 'suspects a side deal' and 'Kremlin talking points' cues.
  'seed nyt': 0.752,
  'seed indented': 0.873,
  'seeds combined': 0.779,
  [DEV_SET]: 0.924,
  // Scored once after the wider US–Russia cues (0.44 before them); 0.472 before the session-8
  // engagement and distrust cues (engagement-cues.ts, distrust-cues.ts), which it was not read for.
  // 0.586 before the session-9 cues, which were written without reading it. 0.602 → 0.630 with the
  // session-23 cues (written from held-out 12's errors; its own never listed).
  [HELD_OUT_SET]: 0.63,
  // 0.887 before the session-8 cues (its errors were read for a few of them).
  // 0.944 before the session-10 'grudging credit' cue (approval-cues.ts).
  [DEV_2_SET]: 0.956,
  // Written before the wider US–Russia cues and read while writing them (0.572 before); 0.968
  // before the session-8 cues.
  [DEV_3_SET]: 0.984,
  // Written before the issue-13 rules (0.513 before them, 0.642 after); scored once after the
  // wider US–Russia cues (0.712); its errors were read for the session-8 cues, so it flatters them.
  // 0.962 before the session-10 'says it changes nothing' cue (doubt-cues.ts).
  [HELD_OUT_2_SET]: 0.968,
  // Written before a second learner round (not kept: it did not carry over); 0.731 before the
  // session-8 cues, which were written without reading its items or errors: the honest figure.
  // 0.789 before the session-9 cues (also written without reading it).
  // 0.829 → 0.836 with the session-33 cues (written from held-out 16's errors, without reading it).
  [HELD_OUT_3_SET]: 0.836,
  // Written blind in session 8 and scored 0.550; its errors were then read for the session-8 cues.
  [HELD_OUT_4_SET]: 0.981,
  // Written blind in session 8 while those cues were written, scored once after them (0.562 with
  // the rules of the session's start; 0.669 after): the clean figure of session 8. Its errors were
  // read in session 9, so it flatters the session-9 cues. 0.962 after the session-28 cues (mock
  // faith in a promise after a praise opener read as irony: one item mended).
  [HELD_OUT_5_SET]: 0.962,
  // Written blind in session 9 while those cues were written: 0.651 with the rules of the session's
  // start, 0.678 after them, its errors never listed: the clean figure of session 9.
  // Session 18's idiom cues (written from held-out 7's errors, without reading it): 0.692.
  // Session 28's cues (written from held-out 14's errors, without reading it): 0.706.
  [HELD_OUT_6_SET]: 0.706,
  // Written blind in session 10 while the session-10 cues were written: 0.696 with the rules of the
  // session's start and after them (none of the new cues fires on it): the clean figure of session 10.
  // Its errors were read in session 18 (idiom-cues.ts): 0.829; 0.836 after the session-20 cues;
  // 0.843 after the session-22 cues (pragmatist-cues.ts, sceptic-cues.ts: one item mended).
  // 0.849 after the session-23 cues (mock delight, "amazing how…", read as sarcasm: one item mended).
  [HELD_OUT_7_SET]: 0.849,
  // Written blind in session 18 while held-out 7's errors were read, its writer asked to take sides
  // mostly without stock words: 0.529 with the rules of the session's start, 0.537 after the
  // session-18 idiom cues: the clean figure of session 18. Its errors were read in session 19
  // (outcome-cues.ts and a few wider patterns): 0.727; 0.734 after the session-22 cues; 0.741 after
  // the session-24 scoff cues (paper against a side that cheats: one item mended).
  [HELD_OUT_8_SET]: 0.741,
  // Written blind in session 19 while held-out 8's errors were read: 0.643 with the rules of the
  // session's start and after the session-19 cues alike, its errors never listed: the clean figure
  // of session 19. Its errors were read in session 20 (bargain-cues.ts, critics-cues.ts): 0.855.
  // Session 21's set phrases (set-phrases.ts, written from held-out 10's errors): 0.862.
  // Session 23's no-position forms (an either-or question of fact): 0.868.
  // Session 28: a "funny how" about the channels people watch insinuates nothing: 0.874.
  [HELD_OUT_9_SET]: 0.874,
  // Written blind in session 20 while held-out 9's errors were read: 0.649 with the rules of the
  // session's start, 0.662 once after the session-20 cues: the clean figure of session 20. Its
  // errors were read in session 21 (realist-cues.ts, misgiving-cues.ts, set-phrases.ts): 0.866.
  // Session 23's no-position forms (an either-or question of fact): 0.872.
  [HELD_OUT_10_SET]: 0.872,
  // Written blind in session 21 while held-out 10's errors were read: 0.669 with the rules of the
  // session's start, 0.682 once after the session-21 cues: the clean figure of session 21. Its
  // errors were read in session 22 (pragmatist-cues.ts, sceptic-cues.ts, six NO_POSITION forms,
  // mock praise of the thread, "rewarding" aggression, the writer called a traitor): 0.988.
  [HELD_OUT_11_SET]: 0.988,
  // Written blind in session 22 while held-out 11's errors were read: 0.562 with the rules of the
  // session's start and once after the session-22 cues (none changes a label on it): the clean
  // figure of session 22. Its errors were read in session 23 (thaw-cues.ts, wariness-cues.ts, mock
  // delight and denied links as sarcasm, six no-position forms): 0.952, tuned on: it flatters them.
  // 0.958 after the session-33 cues (written from held-out 16's errors).
  [HELD_OUT_12_SET]: 0.958,
  // Written blind in session 23 while held-out 12's errors were read: 0.693 with the rules of the
  // session's start and once after the session-23 cues (none changes a label on it): the clean
  // figure of session 23. Its errors were read in session 24 (thaw-, critics-, wariness- and
  // distrust-cue forms, scoff-cues.ts, nine no-position forms): 0.945, tuned on: it flatters them.
  // The blind sets (held-out, 3, 6) kept 0.630 / 0.829 / 0.699: no session-24 cue changes a label there.
  [HELD_OUT_13_SET]: 0.945,
  // Written blind in session 24 while held-out 13's errors were read: 0.736 with the rules of the
  // session's start, 0.742 once after the session-24 cues (one neutral comment more right): the
  // clean figure of session 24. Its errors were read in session 28 (analogy-, question-, stakes-,
  // rebuff- and endorsement-cues.ts, wider sarcasm, set phrases and no-position forms): 0.994,
  // tuned on: it flatters them. The blind sets (held-out, 3, 6): 0.630 / 0.829 / 0.699 → 0.630 /
  // 0.829 / 0.706.
  [HELD_OUT_14_SET]: 0.994,
  // Written blind in session 28 while held-out 14's errors were read: 0.722 with the rules of the
  // session's start, 0.736 once after the session-28 cues (three comments more right): the clean
  // figure of session 28. Its errors are read later in session 28: 0.910 after its trade-off and
  // retort cues (tuned on).
  [HELD_OUT_15_SET]: 0.91,
  // Written blind later in session 28 while held-out 15's errors were read: 0.663 with the rules of
  // the session's start and after held-out 14's cues (none changes a label on it); 0.661 after
  // held-out 15's. Its errors were read in session 33 (record-, hollow-, parody-, prudence- and
  // suspicion-cues.ts, wider question, stakes, analogy and retort forms, set phrases and
  // no-position forms): first 0.661, after 0.988, tuned on: it flatters them.
  [HELD_OUT_16_SET]: 0.988,
  // Written blind in session 33 while held-out 16's errors were read: 0.695 with the rules of the
  // session's start, 0.694 once after held-out 16's cues. Its errors were read in session 34
  // (course-, alarm- and pessimist-cues.ts, mock faith in refusing to talk, the satirical headline,
  // a trade called madness, wider let-them-talk, will-fail, talking-over-fighting and no-position
  // forms): first 0.695, after 0.976, tuned on: it flatters them.
  [HELD_OUT_17_SET]: 0.976,
  // Written blind in session 34 by a helper that read only STANCE.md: 0.660 with the session's
  // starting rules, 0.679 once after held-out 17's cues. Its errors were read in session 34
  // (channel- and refusal-cues.ts, wider naive, small-countries, regime-that-kills, scare-quote and
  // no-position forms): first 0.660, after 0.951, tuned on: it flatters them.
  [HELD_OUT_18_SET]: 0.951,
  // Written blind later in session 34 by a helper that read only STANCE.md: 0.772 with the
  // session's starting rules, 0.796 once after held-out 18's cues.
  [HELD_OUT_19_SET]: 0.796,
  // Written blind at the end of session 34, after its last rules: 0.710 (0.705 with the rules of
  // the session's start).
  [HELD_OUT_20_SET]: 0.71,
};
const TOLERANCE = 0.05;

/**
 * Others' macro-F1 after 10, 20 and 40 reader labels (npm run eval:stance) when the learner was last
 * changed; the gate is −0.02 (the curve is deterministic: a drop means the learner changed). The
 * learner was tuned on every set's curve but held-out 2's, which was scored once after
 * (0.712 → 0.735 / 0.734 / 0.743; the previous learner reached 0.716 / 0.722 / 0.730).
 */
const CURVE_REACHED: Record<string, readonly [number, number, number]> = {
  // 0.759 / 0.757 / 0.76 before the session-10 learner features and cues. Session 10 raised a
  // floor only where its final figure was higher, per point, and lowered none.
  'seeds combined': [0.78, 0.769, 0.783],
  // The curves below rose with the session-8 cues (the learner unchanged): 0.498 / 0.507 / 0.488,
  // 0.735 / 0.734 / 0.743 and 0.749 / 0.754 / 0.75 before them.
  // 0.614 / 0.618 / 0.630 with the session-23 cues (0.608 / 0.614 / 0.610 just before them).
  [HELD_OUT_SET]: [0.614, 0.618, 0.63],
  // Near the ceiling the learner costs a little (0.956 with no labels): see the seen check below.
  [HELD_OUT_2_SET]: [0.96, 0.964, 0.971],
  // Written before the second learner round, scored with this learner before it.
  // Session 10 measured 0.802 / 0.806 / 0.806 here (within the tolerance; no floor lowered).
  [HELD_OUT_3_SET]: [0.81, 0.811, 0.806],
  // 0.552 / 0.558 / 0.563 when first scored, before its errors were read.
  // Session 10 measured 0.969 / 0.973 / 0.979 (floors kept).
  [HELD_OUT_4_SET]: [0.972, 0.974, 0.979],
  // Scored once in session 8 (0.595 / 0.612 / 0.651 with the rules of the session's start, then
  // 0.696 / 0.693 / 0.706); its errors were read in session 9. Session 28: 0.952 / 0.961 / 0.961.
  [HELD_OUT_5_SET]: [0.952, 0.961, 0.961],
  // Scored in session 9: 0.660 / 0.674 / 0.685 with the rules of the session's start.
  // Session 10 measured 0.682 / 0.692 / 0.698 (floors kept).
  // Session 18 measured 0.694 / 0.702 / 0.707 after the idiom cues (floors kept).
  // Session 28 measured 0.714 / 0.711 / 0.713 after the cues written from held-out 14's errors.
  [HELD_OUT_6_SET]: [0.714, 0.711, 0.713],
  // Scored in session 10: 0.689 / 0.694 / 0.691 with the learner of the session's start; 0.697 /
  // 0.701 / 0.69 after it. Its errors were read in session 18 (idiom-cues.ts).
  // Session 20 measured 0.834 / 0.832 / 0.831 after its cues; session 22 0.84 / 0.839 / 0.834;
  // session 23 0.846 / 0.845 / 0.841 after the cues written from held-out 12's errors.
  [HELD_OUT_7_SET]: [0.846, 0.845, 0.841],
  // Scored once in session 18: 0.554 / 0.565 / 0.585 with the rules of the session's start, then
  // 0.563 / 0.574 / 0.592. Its errors were read in session 19. Session 22: 0.738 / 0.742 / 0.747
  // after the cues written from held-out 11's errors. Session 24: 0.744 / 0.748 / 0.749.
  [HELD_OUT_8_SET]: [0.744, 0.748, 0.749],
  // Scored in session 19, the same with the rules of the session's start and after its cues.
  // Session 20: 0.86 / 0.87 / 0.877 once its errors were read and cues written from them.
  // Session 21: 0.864 / 0.874 / 0.879 after the set phrases. Session 23: 0.868 / 0.881 / 0.885.
  // Session 28: 0.874 / 0.886 / 0.89.
  [HELD_OUT_9_SET]: [0.874, 0.886, 0.89],
  // Scored in session 20: 0.679 / 0.666 / 0.682 with the rules and learner of the session's start,
  // 0.688 / 0.676 / 0.69 once after the session-20 cues. Session 21: 0.858 / 0.855 / 0.859 once its
  // errors were read and cues written from them, 0.873 / 0.871 / 0.874 after the set phrases.
  // Session 22 measured 0.871 / 0.872 / 0.873 (within the tolerance; floors kept).
  // Session 23: 0.877 / 0.879 / 0.881 after the cues written from held-out 12's errors.
  [HELD_OUT_10_SET]: [0.877, 0.879, 0.881],
  // Scored in session 21: 0.674 / 0.674 / 0.682 with the rules and learner of the session's start,
  // 0.683 / 0.684 / 0.696 once after the session-21 cues. Session 22: 0.968 / 0.975 / 0.986 once
  // its errors were read and cues written from them.
  [HELD_OUT_11_SET]: [0.968, 0.975, 0.986],
  // Scored in session 22: 0.602 / 0.602 / 0.615 with the rules and learner of the session's start,
  // 0.604 / 0.604 / 0.615 once after the session-22 cues. Session 23: 0.935 / 0.947 / 0.948 once
  // its errors were read and cues written from them (the learner unchanged).
  [HELD_OUT_12_SET]: [0.935, 0.947, 0.948],
  // Scored in session 23: 0.693 / 0.703 / 0.710 with the rules and learner of the session's start,
  // 0.692 / 0.703 / 0.708 once after the session-23 cues. Session 24: 0.932 / 0.942 / 0.945 once
  // its errors were read and cues written from them (the learner unchanged).
  [HELD_OUT_13_SET]: [0.932, 0.942, 0.945],
  // Scored in session 24: 0.739 / 0.742 / 0.747 with the rules and learner of the session's start,
  // 0.745 / 0.750 / 0.753 once after the session-24 cues. Session 28: 0.985 / 0.990 / 0.995 once
  // its errors were read and cues written from them (the learner unchanged).
  [HELD_OUT_14_SET]: [0.985, 0.99, 0.995],
  // Scored in session 28: 0.720 / 0.711 / 0.716 with the rules and learner of the session's start,
  // 0.735 / 0.730 / 0.731 once after the session-28 cues, 0.904 / 0.901 / 0.896 once its errors were
  // read (tuned on).
  [HELD_OUT_15_SET]: [0.904, 0.901, 0.896],
  // Scored in session 28: 0.650 / 0.653 / 0.671 with the rules and learner of the session's start,
  // 0.645 / 0.654 / 0.669 after held-out 14's cues, 0.656 / 0.667 / 0.672 after held-out 15's.
  // Session 33: 0.984 / 0.983 / 0.988 once its errors were read and cues written from them (the
  // learner unchanged).
  [HELD_OUT_16_SET]: [0.984, 0.983, 0.988],
  // Scored in session 33: 0.693 / 0.693 / 0.691 with the rules and learner of the session's start,
  // 0.693 / 0.692 / 0.690 once after held-out 16's cues. Session 34: 0.966 / 0.970 / 0.975 once its
  // errors were read and cues written from them (the learner unchanged).
  [HELD_OUT_17_SET]: [0.966, 0.97, 0.975],
  // Blind (session 34): 0.661 / 0.681 / 0.687 with the starting rules, 0.679 / 0.697 / 0.699 after
  // held-out 17's cues. Its errors were read in session 34: 0.951 / 0.957 / 0.956 once cues were
  // written from them (the learner unchanged).
  [HELD_OUT_18_SET]: [0.951, 0.957, 0.956],
  // Blind (session 34): 0.783 / 0.779 / 0.775 with the starting rules, 0.806 / 0.805 / 0.798 after
  // held-out 18's cues.
  [HELD_OUT_19_SET]: [0.806, 0.805, 0.798],
  // Blind (end of session 34): 0.715 / 0.719 / 0.720 with the session's last rules.
  [HELD_OUT_20_SET]: [0.715, 0.719, 0.72],
};
const CURVE_TOLERANCE = 0.02;

describe('stance evaluation', () => {
  const sets = stanceSets();
  // The same figures as `npm run eval:stance`, so the CI log shows them.
  for (const set of sets) console.log(formatEvaluation(set.name, set.model));

  it('should label every comment of both seeds and of the written sets', () => {
    const sizes = Object.fromEntries(sets.map((s) => [s.name, s.items.length]));
    expect(sizes['seed nyt']).toBe(135);
    expect(sizes['seed indented']).toBe(24);
    expect(sizes[DEV_SET]).toBe(50);
    expect(sizes[HELD_OUT_SET]).toBeGreaterThanOrEqual(60);
    expect(sizes[DEV_2_SET]).toBe(90);
    expect(sizes[DEV_3_SET]).toBe(126);
    expect(sizes[HELD_OUT_2_SET]).toBeGreaterThanOrEqual(150);
    expect(sizes[HELD_OUT_3_SET]).toBe(153);
    expect(sizes[HELD_OUT_4_SET]).toBe(159);
    expect(sizes[HELD_OUT_5_SET]).toBe(159);
    expect(sizes[HELD_OUT_6_SET]).toBe(159);
    expect(sizes[HELD_OUT_8_SET]).toBe(159);
    expect(sizes[HELD_OUT_7_SET]).toBe(159);
    expect(sizes[HELD_OUT_9_SET]).toBe(159);
    expect(sizes[HELD_OUT_10_SET]).toBe(165);
    expect(sizes[HELD_OUT_11_SET]).toBe(165);
    expect(sizes[HELD_OUT_12_SET]).toBe(165);
    expect(sizes[HELD_OUT_13_SET]).toBe(165);
    expect(sizes[HELD_OUT_14_SET]).toBe(165);
    expect(sizes[HELD_OUT_15_SET]).toBe(165);
    expect(sizes[HELD_OUT_16_SET]).toBe(165);
    expect(sizes[HELD_OUT_17_SET]).toBe(165);
    expect(sizes[HELD_OUT_18_SET]).toBe(165);
    expect(sizes[HELD_OUT_19_SET]).toBe(165);
    expect(sizes[HELD_OUT_20_SET]).toBe(165);
  });

  // Trains 40 models per set: slow on a shared two-core machine, so a generous limit.
  for (const name of Object.keys(CURVE_REACHED)) {
    it(
      `should keep the learning curve on "${name}" within ${CURVE_TOLERANCE} of the level reached`,
      { timeout: 60_000 },
      () => {
        const set = sets.find((s) => s.name === name);
        expect(set).toBeDefined();
        if (!set) return;
        const curve = curveOf(set);
        console.log(name, curve);
        const [none, ten, twenty, forty] = curve;
        const reached = CURVE_REACHED[name] ?? [1, 1, 1];
        expect(ten?.othersMacroF1 ?? 0).toBeGreaterThanOrEqual(reached[0] - CURVE_TOLERANCE);
        expect(twenty?.othersMacroF1 ?? 0).toBeGreaterThanOrEqual(reached[1] - CURVE_TOLERANCE);
        expect(forty?.othersMacroF1 ?? 0).toBeGreaterThanOrEqual(reached[2] - CURVE_TOLERANCE);
        // Reader labels must not make the comments they did not label worse than the rules left them.
        expect(forty?.othersMacroF1 ?? 0).toBeGreaterThanOrEqual((none?.othersMacroF1 ?? 1) - 0.01);
        // …and the whole set as the reader sees it must gain: 0.05, or a tenth of what the rules
        // left to gain where they are near the ceiling (a set at 0.96 cannot gain 0.05).
        const before = none?.seenMacroF1 ?? 1;
        expect(forty?.seenMacroF1 ?? 0).toBeGreaterThan(before + Math.min(0.05, (1 - before) / 10));
      },
    );
  }

  for (const name of Object.keys(REACHED)) {
    it(`should keep macro-F1 on "${name}" within ${TOLERANCE} of the level reached`, () => {
      const set = sets.find((s) => s.name === name);
      expect(set).toBeDefined();
      expect(set?.model.macroF1 ?? 0).toBeGreaterThanOrEqual((REACHED[name] ?? 1) - TOLERANCE);
      // Beating "always the majority label" is the least a classifier must do.
      expect(set?.model.macroF1 ?? 0).toBeGreaterThan(set?.baseline.macroF1 ?? 1);
    });
  }
});
