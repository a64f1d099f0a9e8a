/**
 * Words that name the rapprochement's parties or the engagement itself. A comment without any of
 * them is mostly off-topic, a joke or meta talk (neutral), one with them mostly takes a position:
 * on the dev sets the rules' no-cue neutrals split about 3 : 1 neutral without them and 1 : 2.4 with
 * them. The learner weighs that per dump from the reader's labels (shape-features.ts); the words
 * are the story's, not any one dump's.
 */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set(
  (
    'trump putin russia russian russians kremlin moscow washington lavrov talks talk talking deal ' +
    'summit diplomacy sanctions ceasefire cease-fire detente détente negotiations negotiate peace ' +
    'relations reset'
  ).split(' '),
);
