// The labelled flat dumps of reply inference, read from tests/fixtures and paired with the inference's
// guesses. Shared by `npm run eval:replies` and tests/core/reply-accuracy.test.ts, so the CI gate
// measures what the report prints.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlat } from '../src/core/parse/parse-flat.ts';
import { inferReplies } from '../src/core/replies/infer-replies.ts';
import type { ReplyGuess } from '../src/core/types.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface ReplyLabel {
  readonly index: number;
  readonly author: string;
  readonly parent: number | null;
  readonly note: string;
  /** How the reply addresses its parent (issue-13 dumps): "common-name", "initials", "meta"… */
  readonly cue?: string;
}

export interface ReplyItem {
  readonly dump: string;
  readonly label: ReplyLabel;
  readonly guess: ReplyGuess;
  readonly right: boolean;
}

export interface ReplySet {
  readonly name: string;
  readonly items: readonly ReplyItem[];
}

/** Which cue decided a guess, read from the reason it gives (its first, strongest cue). */
export function decidingCue(guess: ReplyGuess): string {
  if (guess === null) return 'top level';
  const r = guess.reason;
  const table: [RegExp, string][] = [
    [/^addresses .* by name/u, 'vocative name'],
    [/^addresses .* by (?:their )?initials/u, 'initials'],
    [/^writes to @/u, '@name'],
    [/^echoes what .* said/u, 'what X said / agree with X'],
    [/^names /u, 'name mention'],
    [/^quotes /u, 'quotation'],
    [/^recalls what /u, '"whoever said …"'],
    [/^answers .*, who named them/u, '"since my name came up"'],
    [/^answers .*question/u, 'answers a question'],
    [/^questions /u, 'questions a claim'],
    [/^speaks of /u, '"your X" for their "my X"'],
    [/^speaks to /u, '"you"'],
    [/^short reaction/u, 'short reaction'],
    [/^opens as a reply/u, 'reply opener'],
    [/^refers to /u, 'refers to the comment above'],
    [/^answers .* back/u, 'back and forth'],
    [/^thanks .*, who answered/u, 'thanks an answer'],
    [/^picks up the answer /u, 'picks up the answer they got'],
    [/^disowns the namesake /u, 'disowns a namesake'],
    [/^repeats .*'s figures/u, 'repeats figures'],
    [/^echoes /u, 'shared rare words'],
    [/^sits in /u, 'rethreaded'],
  ];
  return table.find(([re]) => re.test(r))?.[1] ?? r;
}

function measureDump(txt: string, labels: string): ReplyItem[] {
  const parsed = parseFlat(readFileSync(join(ROOT, txt), 'utf8'));
  if (!parsed.ok) throw new Error(`${txt}: ${parsed.error.message}`);
  const { comments, article } = parsed.value;
  const gold = JSON.parse(readFileSync(join(ROOT, labels), 'utf8')) as ReplyLabel[];
  if (gold.length !== comments.length || gold.some((l, i) => comments[i]?.author !== l.author)) {
    throw new Error(`${labels}: labels do not match the parse of ${txt}`);
  }
  const guesses = inferReplies(comments, article);
  return gold.map((label, i) => {
    const guess = guesses[i] ?? null;
    return { dump: txt, label, guess, right: (guess?.parentIndex ?? null) === label.parent };
  });
}

const FIX = 'tests/fixtures';
const pair = (base: string): [string, string] => [`${FIX}/${base}.txt`, `${FIX}/${base}.json`];

export const SEED_SET = 'seed nyt (tuned on)';
export const OLD_HELD_OUT_SET = 'first held-out (kim)';
export const DEV_SET = 'dev (issue 13, errors read)';
export const DEV_2_SET = 'dev 2 (replies2 tuning, errors read)';
// Scored once at 0.870 (40/46) before any change; the rethreading fix below was made after seeing
// its per-cue report, so later figures on it are no longer clean held-out figures.
export const HELD_OUT_SET = 'held-out (issue 13; first scored 0.870, one fix after)';
// Written and labelled before any rule of the replies2 work changed. Scored 0.841 before tuning and
// 0.939 after tuning on dev 2 (errors unread); then its 8 errors were read and five fixes made from
// them, so later figures on it are no longer clean held-out figures.
export const HELD_OUT_2_SET =
  'held-out 2 (132; first scored 0.841, 0.939 after dev tuning, fixes after)';
// Written after tuning on dev 2 ended and before held-out 2's errors were read, to keep one clean
// held-out figure once held-out 2 has been looked into.
export const HELD_OUT_3_SET =
  'held-out 3 (written before held-out 2 errors were read, 80 comments)';
// Written and labelled after held-out 2 and 3 had their errors read and before any rule of the
// replies4 work changed. Scored 0.912 before and after that round's tuning; in the replies5 round,
// once held-out 5 was written and scored, its errors were read and tuned on: a dev set since.
export const HELD_OUT_4_SET = 'held-out 4 (125; first scored 0.912, errors read in replies5)';
// Written and labelled in the replies5 round before held-out 4's errors were read and before any rule
// changed: the one clean held-out figure of that round (0.967). Its errors were read in session 8,
// once held-out 6 was being written: a dev set since.
export const HELD_OUT_5_SET = 'held-out 5 (123; first scored 0.967, errors read in session 8)';

// Written and labelled in session 8 by a helper that never saw the inference code or ran it, while
// held-out 5's errors were read and one fix made; scored once after that fix at 0.869 (113/130).
// Then its errors were read and tuned on (held-out 7 written meanwhile): a dev set since.
export const HELD_OUT_6_SET = 'held-out 6 (130; first scored 0.869, errors read in session 8)';

// Written and labelled in session 8 by a helper that never saw the inference code or ran it, before
// held-out 6's errors were read; scored once after the fixes made from them: 0.947 (125/132), with
// "refers to the comment above" 0/1. Then its errors were read (held-out 8 written meanwhile).
export const HELD_OUT_7_SET = 'held-out 7 (132; first scored 0.947, errors read in session 8)';

// Written and labelled in session 8 by a helper that never saw the inference code or ran it, before
// held-out 7's errors were read; scored once after the fixes made from them: 0.954 (124/130), with
// "what X said / agree with X" 5/6. Then its errors were read (held-out 9 written meanwhile).
export const HELD_OUT_8_SET = 'held-out 8 (130; first scored 0.954, errors read in session 8)';

// Written and labelled in session 8 by a helper that never saw the inference code or ran it, before
// held-out 8's errors were read; scored once after the fixes made from them: 0.939 (123/131), with
// "answers a question" 3/4, "quotation" 2/3, "name mention" 1/2 and "shared rare words" 0/1. Then its
// errors were read (held-out 10 written meanwhile).
export const HELD_OUT_9_SET = 'held-out 9 (131; first scored 0.939, errors read in session 8)';

// Written and labelled in session 8 by a helper that never saw the inference code or ran it, before
// held-out 9's errors were read; scored once, after the fixes made from them: 0.923 (120/130), the
// clean held-out figure of session 8. Its errors were read in session 9 (held-out 11 written
// meanwhile): a dev set since.
export const HELD_OUT_10_SET = 'held-out 10 (130; first scored 0.923, errors read in session 9)';

// Written and labelled in session 9 by a helper that never saw the inference code or ran it, while
// held-out 10's errors were read; scored once, after the fixes made from them: 0.832 (114/137), the
// clean figure of session 9 ("answers a question" recall 4/11, "you" 2/6, exchanges 10/17). Then its
// errors were read (held-out 12 written meanwhile): a dev set since.
export const HELD_OUT_11_SET = 'held-out 11 (137; first scored 0.832, errors read in session 9)';

// Written and labelled in session 9 by a helper that never saw the inference code or ran it, while
// held-out 11's errors were read; scored once, after the fixes made from them: 0.881 (119/135), the
// clean figure of session 9. Then its errors were read (held-out 13 written meanwhile).
export const HELD_OUT_12_SET = 'held-out 12 (135; first scored 0.881, errors read in session 9)';

// Written and labelled in session 9 by a helper that never saw the inference code or ran it, while
// held-out 12's errors were read; scored once, after the fixes made from them: 0.902 (119/132), the
// last clean figure of session 9. Its errors were read in session 10 (held-out 14 written meanwhile).
export const HELD_OUT_13_SET = 'held-out 13 (132; first scored 0.902, errors read in session 10)';

// Written and labelled in session 10 by a helper that never saw the inference code or ran it, while
// held-out 13's errors were read; scored once, after the fixes made from them: 0.835 (116/139), the
// clean figure of session 10. Its errors were read in session 11: a dev set since.
export const HELD_OUT_14_SET = 'held-out 14 (139; first scored 0.835, errors read in session 11)';

// Written and labelled blind in session 11 by a helper that never saw the inference code or ran it,
// while held-out 14's errors were read; scored once, after the fixes made from them: 0.764 (the
// session's starting code scored 0.681). Its errors were read later in session 11.
export const HELD_OUT_15_SET = 'held-out 15 (144; first scored 0.764, errors read in session 11)';

// Written and labelled in session 11 by another helper that never saw the inference code or ran it,
// while held-out 15's errors were read; scored once after those fixes: 0.681 (98/144), with
// "answers a question" recall 4/16 and exchanges 3/16. Its errors were read in session 15 (held-out
// 17 written meanwhile): a dev set since.
export const HELD_OUT_16_SET = 'held-out 16 (144; first scored 0.681, errors read in session 15)';

// Written and labelled blind in session 15 by a helper that never saw the inference code or ran it,
// while held-out 16's errors were read; weighted towards replies that name no one (answers, "you",
// exchanges, short reactions). Scored with the session's starting code: 0.736 (106/144); after
// held-out 16's fixes: 0.729 (105/144). Its errors were read in session 18 (held-out 18 written
// meanwhile): a dev set since.
export const HELD_OUT_17_SET = 'held-out 17 (144; first scored 0.736, errors read in session 18)';

// Written and labelled blind in session 18 by a helper that never saw the inference code or ran it,
// while held-out 17's errors were read; weighted like held-out 17 towards replies that name no one.
// Scored once, after held-out 17's fixes: 0.785 (113/144). Its errors were read in session 19
// (held-out 19 written meanwhile): a dev set since.
export const HELD_OUT_18_SET = 'held-out 18 (144; first scored 0.785, errors read in session 19)';

// Written and labelled blind in session 19 by a helper that never saw the inference code or ran it,
// while held-out 18's errors were read; weighted like held-out 17 and 18 towards replies that name
// no one (102 replies; 34 exchanges, 13 answers, 10 thanks, 10 "you"). Scored with the session's
// starting code: 0.660 (95/144); once after held-out 18's fixes: 0.653 (94/144). Its errors were
// read in session 20 (held-out 20 written meanwhile): a dev set since.
export const HELD_OUT_19_SET = 'held-out 19 (144; first scored 0.653, errors read in session 20)';

// Written and labelled blind in session 20 by a helper that never saw the inference code or ran it,
// while held-out 19's errors were read (105 replies of 144). Scored with the session's starting
// code and once after held-out 19's fixes: 0.882 (127/144) both. Its errors were read in session 21
// (held-out 21 written meanwhile): a dev set since.
export const HELD_OUT_20_SET = 'held-out 20 (144; first scored 0.882, errors read in session 21)';

// Written and labelled blind in session 21 by a helper that never saw the inference code or ran it,
// while held-out 20's errors were read (81 replies of 153). Scored with the session's starting code:
// 0.739 (113/153); once after held-out 20's fixes: 0.745 (114/153). Its errors were read in session
// 22 (held-out 22 written meanwhile): a dev set since.
export const HELD_OUT_21_SET = 'held-out 21 (153; first scored 0.739, errors read in session 22)';

// Written and labelled blind in session 22 by a helper that never saw the inference code or ran it,
// while held-out 21's errors were read (94 replies of 165). Scored with the session's starting code,
// 0.788 (130/165), and once after held-out 21's fixes, 0.794 (131/165). Its errors were read in
// session 23 (held-out 23 written meanwhile): a dev set since.
export const HELD_OUT_22_SET = 'held-out 22 (165; first scored 0.788, errors read in session 23)';

// Written and labelled blind in session 23 by a helper that never saw the inference code or ran it,
// while held-out 22's errors were read (97 replies of 163): a rate hike, a one-lane bridge, coyote
// warnings. Scored with the session's starting code and once after held-out 22's fixes: 0.902
// (147/163) both. Its errors were read in session 25 (held-out 24 written blind meanwhile): a dev set
// since.
export const HELD_OUT_23_SET = 'held-out 23 (163; first scored 0.902, errors read in session 25)';

// Written and labelled blind in session 25 by a helper that never saw the inference code or ran it,
// while held-out 23's errors were read (101 replies of 161): school bus routes, wildfire smoke, a
// hospital merger. Scored with the session's starting code and once after held-out 23's fixes: 0.845
// (136/161) both, the same comments wrong. Its errors were read later in session 25 (held-out 25
// written blind meanwhile): a dev set since.
export const HELD_OUT_24_SET = 'held-out 24 (161; first scored 0.845, errors read in session 25)';

// Written and labelled blind in session 25 by a helper that never saw the inference code or ran it,
// while held-out 24's errors were read (100 replies of 157): a dog park, factory layoffs, speed
// cameras. Scored with the session's starting code, after held-out 23's fixes, and once after
// held-out 24's: 0.904 (142/157) all three times, the same comments wrong. Its errors were read in
// session 26 (held-out 26 written blind meanwhile): a dev set since.
export const HELD_OUT_25_SET = 'held-out 25 (157; first scored 0.904, errors read in session 26)';

// Written and labelled blind in session 26 by a helper that never saw the inference code or ran it,
// while held-out 25's errors were read (101 replies of 161): a data center's hum, a school board's
// book vote, a ballpark sale. Scored with the session's starting code and once after held-out 25's
// fixes: 0.882 (142/161) both, the same comments wrong. Its errors were read in session 27 (held-out
// 27 written blind meanwhile): a dev set since.
export const HELD_OUT_26_SET = 'held-out 26 (161; first scored 0.882, errors read in session 27)';

// Written and labelled blind in session 27 by a helper that never saw the inference code or ran it,
// while held-out 26's errors were read (108 replies of 168): a water main break, a ranked-choice
// ballot measure, a zoo closing its elephant exhibit. Scored with the session's starting code, 0.815
// (137/168), and once after held-out 26's fixes, 0.810 (136/168). Its errors were read in session
// 28: a dev set since.
export const HELD_OUT_27_SET = 'held-out 27 (168; first scored 0.815, errors read in session 28)';

// Written and labelled blind in session 28 by a helper that never saw the inference code or ran it,
// while held-out 27's errors were read (108 replies of 164): trash pickup every other week, a
// community college's tuition freeze, a mall's curfew for teenagers. Scored with the session's
// starting code, 0.896 (147/164), and once after held-out 27's fixes, 0.890 (146/164). Its errors
// were read in session 28: a dev set since.
export const HELD_OUT_28_SET = 'held-out 28 (164; first scored 0.896, errors read in session 28)';

// Written and labelled blind later in session 28 by another helper that never saw the inference
// code, while held-out 28's errors were read (109 replies of 164): a county's move to mail-in
// ballots, a beach closed for dune work, a dollar store at the edge of town. Scored with the
// session's starting code, 0.915 (150/164), after held-out 27's fixes, and once after held-out 28's.
// Its errors were read in session 31 (held-out 30 written blind meanwhile): a dev set since.
export const HELD_OUT_29_SET = 'held-out 29 (164; first scored 0.915, errors read in session 31)';

// Written and labelled blind in session 31 by a helper that never saw the inference code or ran it,
// while held-out 29's errors were read (118 replies of 167): a library ending overdue fines, a town
// council's vote to stop fluoridating its water, an old rail line turned into a trail past farms.
// Scored with the session's starting code, 0.868 (145/167). Its errors were read in session 32
// (held-out 31 written blind meanwhile): a dev set since.
export const HELD_OUT_30_SET = 'held-out 30 (167; first scored 0.868, errors read in session 32)';

// Written and labelled blind in session 32 by a helper that never saw the inference code or ran it,
// while held-out 30's errors were read (105 replies of 163): a city's switch to LED streetlights, a
// highway rest area closing, a school board dropping cursive. Scored with the session's starting
// code, 0.847 (138/163), and once after held-out 30's fixes, 0.840 (137/163). Its errors were read
// in session 33: a dev set since.
export const HELD_OUT_31_SET = 'held-out 31 (163; first scored 0.847, errors read in session 33)';

// Written and labelled blind in session 33 by a helper that never saw the inference code or ran it,
// while held-out 31's errors were read (106 replies of 165, nine reaching back more than 30
// comments): a roundabout, a deer cull, a cap on short-term rentals. Scored with the session's
// starting code, 0.782 (129/165), and once after held-out 31's fixes, 0.788 (130/165). Its errors
// were read later in session 33: a dev set since.
export const HELD_OUT_32_SET = 'held-out 32 (165; first scored 0.782, errors read in session 33)';

// Written and labelled blind in session 33 by a helper that never saw the inference code or ran it,
// while held-out 32's errors were read (105 replies of 162): leaf blowers banned, a covered bridge
// closed to cars, speed cameras near schools. Scored with the session's starting code, 0.753
// (122/162). Its errors were read in session 34: a dev set since.
export const HELD_OUT_33_SET = 'held-out 33 (162; first scored 0.753, errors read in session 34)';

// Written and labelled blind in session 34 by a helper that never saw the inference code or ran it,
// while held-out 33's errors were read (107 replies of 165): pickleball courts, a golf course sold,
// a property reassessment. Scored with the session's starting code, 0.873 (144/165), and 0.885
// (146/165) later in the session. Its errors were read in session 34: a dev set since.
export const HELD_OUT_34_SET = 'held-out 34 (165; first scored 0.873, errors read in session 34)';

// Written and labelled blind later in session 34 by a helper that never saw the inference code or
// ran it, while held-out 34's errors were read (104 replies of 168): tornado sirens switched off, a
// grain elevator torn down, a cap on food trucks.
export const HELD_OUT_35_SET =
  'held-out 35 (168; written blind in session 34, errors never listed)';

// Written and labelled blind at the end of session 34 by a helper that never saw the inference code
// or ran it, after the session's last change to it (105 replies of 166): a fire-company merger, a
// courthouse clock tower, spraying a marsh for mosquitoes. First scored with that code.
export const HELD_OUT_36_SET =
  'held-out 36 (166; written blind in session 34, errors never listed)';

/**
 * Sets written blind and not yet read: their errors are never listed, and whoever tunes the rules
 * leaves them out (`--no-blind`) so that not even their per-cue figures steer the work.
 */
export const BLIND_SETS: readonly string[] = [HELD_OUT_35_SET, HELD_OUT_36_SET];

/** The held-out sets of issue 13, each with its dumps under tests/fixtures/replies. */
const HELD_OUT_DUMPS: readonly (readonly [string, readonly string[]])[] = [
  [HELD_OUT_SET, ['heldout-heatwave', 'heldout-library']],
  [HELD_OUT_2_SET, ['heldout2-water-bill', 'heldout2-restaurant', 'heldout2-launch']],
  [HELD_OUT_3_SET, ['heldout3-leaf-blowers', 'heldout3-zoo']],
  [HELD_OUT_4_SET, ['heldout4-start-times', 'heldout4-bridge', 'heldout4-museum']],
  [HELD_OUT_5_SET, ['heldout5-stadium', 'heldout5-parking', 'heldout5-pool']],
  [HELD_OUT_6_SET, ['heldout6-grocery', 'heldout6-flightpath', 'heldout6-lunch']],
  [HELD_OUT_7_SET, ['heldout7-dogpark', 'heldout7-snowplow', 'heldout7-maternity']],
  [HELD_OUT_8_SET, ['heldout8-rent-cap', 'heldout8-bus-route', 'heldout8-mill-reopening']],
  [HELD_OUT_9_SET, ['heldout9-speed-camera', 'heldout9-wind-farm', 'heldout9-mascot']],
  [HELD_OUT_10_SET, ['heldout10-county-fair', 'heldout10-shelter', 'heldout10-marina']],
  [HELD_OUT_11_SET, ['heldout11-roundabout', 'heldout11-tree-ordinance', 'heldout11-skate-park']],
  [
    HELD_OUT_12_SET,
    ['heldout12-post-office', 'heldout12-fireworks', 'heldout12-backyard-chickens'],
  ],
  [HELD_OUT_13_SET, ['heldout13-compost', 'heldout13-theater', 'heldout13-celltower']],
  [HELD_OUT_14_SET, ['heldout14-pool', 'heldout14-meters', 'heldout14-phones']],
  [
    HELD_OUT_15_SET,
    ['heldout15-farmers-market', 'heldout15-music-venue', 'heldout15-solar-panels'],
  ],
  [HELD_OUT_16_SET, ['heldout16-strban', 'heldout16-hospitalmerger', 'heldout16-quarry']],
  [HELD_OUT_17_SET, ['heldout17-dam-removal', 'heldout17-ambulance', 'heldout17-deer-cull']],
  [HELD_OUT_18_SET, ['heldout18-ice-rink', 'heldout18-quiet-zone', 'heldout18-redistricting']],
  [HELD_OUT_19_SET, ['heldout19-maternity-closing', 'heldout19-rentals-cap', 'heldout19-turbines']],
  [
    HELD_OUT_20_SET,
    [
      'heldout20-landfill-expansion',
      'heldout20-four-day-school-week',
      'heldout20-lake-algae-bloom',
    ],
  ],
  [
    HELD_OUT_21_SET,
    ['heldout21-hospital-parking-fee', 'heldout21-snowplow-contract', 'heldout21-downtown-mural'],
  ],
  [
    HELD_OUT_22_SET,
    ['heldout22-sunday-bus-cuts', 'heldout22-harbor-view-pool', 'heldout22-main-street-car-free'],
  ],
  [
    HELD_OUT_23_SET,
    ['heldout23-fed-rate-hike', 'heldout23-kessler-bridge', 'heldout23-coyote-warnings'],
  ],
  [
    HELD_OUT_24_SET,
    ['heldout24-school-bus-routes', 'heldout24-wildfire-smoke', 'heldout24-hospital-merger'],
  ],
  [HELD_OUT_25_SET, ['heldout25-dogpark', 'heldout25-layoff', 'heldout25-speedcam']],
  [HELD_OUT_26_SET, ['heldout26-datacenter', 'heldout26-bookvote', 'heldout26-ballpark']],
  [HELD_OUT_27_SET, ['heldout27-water-main', 'heldout27-ranked-choice', 'heldout27-zoo-elephants']],
  [
    HELD_OUT_28_SET,
    ['heldout28-trash-pickup', 'heldout28-tuition-freeze', 'heldout28-mall-curfew'],
  ],
  [
    HELD_OUT_29_SET,
    ['heldout29-mail-in-voting', 'heldout29-beach-erosion-closure', 'heldout29-dollar-store'],
  ],
  [HELD_OUT_30_SET, ['heldout30-library-fines', 'heldout30-fluoride-vote', 'heldout30-rail-trail']],
  [HELD_OUT_31_SET, ['heldout31-streetlights', 'heldout31-rest-area', 'heldout31-cursive']],
  [
    HELD_OUT_32_SET,
    ['heldout32-roundabout', 'heldout32-deer-cull', 'heldout32-short-term-rentals'],
  ],
  [
    HELD_OUT_33_SET,
    ['heldout33-leaf-blowers', 'heldout33-covered-bridge', 'heldout33-speed-cameras'],
  ],
  [
    HELD_OUT_34_SET,
    [
      'heldout34-pickleball-courts',
      'heldout34-golf-course-sale',
      'heldout34-property-reassessment',
    ],
  ],
  [
    HELD_OUT_35_SET,
    ['heldout35-tornado-sirens', 'heldout35-grain-elevator', 'heldout35-food-trucks'],
  ],
  [
    HELD_OUT_36_SET,
    ['heldout36-fire-company-merger', 'heldout36-clock-tower', 'heldout36-mosquito-spraying'],
  ],
];

/** The seed, the first held-out dump, and the issue-13 dev and held-out dumps (thirty-six held-out sets). */
export function replySets({
  heldOut = true,
  blind = true,
}: { readonly heldOut?: boolean; readonly blind?: boolean } = {}): ReplySet[] {
  const sets: [string, [string, string][]][] = [
    [SEED_SET, [['seeds/000_ee58b0036ea7db85.txt', `${FIX}/nyt-reply-labels.json`]]],
    [OLD_HELD_OUT_SET, [[`${FIX}/replies-heldout.txt`, `${FIX}/replies-heldout-labels.json`]]],
    [DEV_SET, [pair('replies/dev-bike-lanes'), pair('replies/dev-transfer')]],
    [DEV_2_SET, [pair('replies/dev2-ferry'), pair('replies/dev2-garden')]],
  ];
  if (heldOut) {
    for (const [name, dumps] of HELD_OUT_DUMPS) {
      if (!blind && BLIND_SETS.includes(name)) continue;
      sets.push([name, dumps.map((d) => pair(`replies/${d}`))]);
    }
  }
  return sets.map(([name, dumps]) => ({
    name,
    items: dumps.flatMap(([txt, labels]) => measureDump(txt, labels)),
  }));
}

export interface CueFigure {
  readonly cue: string;
  readonly n: number;
  readonly right: number;
}

/** Parent accuracy over a set. */
export const accuracy = (set: ReplySet): number =>
  set.items.filter((i) => i.right).length / Math.max(1, set.items.length);

/** Precision per deciding cue: of the guesses a cue decided, how many named the right parent. */
export function precisionByCue(set: ReplySet): CueFigure[] {
  return tally(
    set.items.filter((i) => i.guess !== null).map((i) => [decidingCue(i.guess), i.right]),
  );
}

/** Recall per labelled cue: of the comments written with a cue, how many got the right parent. */
export function recallByCue(set: ReplySet): CueFigure[] {
  return tally(set.items.flatMap((i) => (i.label.cue ? [[i.label.cue, i.right]] : [])));
}

function tally(pairs: readonly (readonly [string, boolean])[]): CueFigure[] {
  const by = new Map<string, { n: number; right: number }>();
  for (const [cue, right] of pairs) {
    const f = by.get(cue) ?? { n: 0, right: 0 };
    f.n += 1;
    if (right) f.right += 1;
    by.set(cue, f);
  }
  return [...by]
    .map(([cue, f]) => ({ cue, ...f }))
    .sort((a, b) => b.n - a.n || a.cue.localeCompare(b.cue));
}
