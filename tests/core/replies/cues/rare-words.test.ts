import { describe, expect, it } from 'vitest';
import { prepareComment } from '../../../../src/core/replies/cues/prepare-comment.ts';
import {
  contentStem,
  newVocabulary,
  NOT_CONTENT,
  stemCount,
  stemWord,
} from '../../../../src/core/replies/cues/rare-words.ts';

describe('stemWord', () => {
  it('should bring inflections of one word to one stem', () => {
    expect(stemWord('hamstringing')).toBe(stemWord('hamstring'));
    expect(stemWord('withdrawing')).toBe(stemWord('withdraw'));
    expect(stemWord('noticed')).toBe(stemWord('notice'));
  });
});

describe('contentStem', () => {
  it('should drop short, function and everyday words', () => {
    const cache = new Map<string, string>();
    expect(contentStem('the', cache)).toBe('');
    expect(contentStem('would', cache)).toBe('');
    expect(contentStem('keep', cache)).toBe('');
    // Talk about the page ("this thread") is shared by meta comments, not by an exchange.
    expect(contentStem('thread', cache)).toBe('');
    expect(contentStem('comments', cache)).toBe('');
    expect(contentStem('aqueducts', cache)).toBe('aqueduct');
  });

  it('should drop a hedge that any sentence may carry', () => {
    const cache = new Map<string, string>();
    // "That's half a myth, actually." takes up nothing of "Who actually rides the bus on Sundays?".
    expect(contentStem('actually', cache)).toBe('');
    expect(contentStem('riders', cache)).toBe('rider');
  });

  it('should drop a contraction of a function word or a short word', () => {
    const cache = new Map<string, string>();
    expect(contentStem("they'd", cache)).toBe('');
    expect(contentStem("don't", cache)).toBe('');
    expect(contentStem("island's", cache)).toBe('island');
  });
});

describe('newVocabulary', () => {
  it('should count comments using a stem, not occurrences', () => {
    const vocabulary = newVocabulary();
    prepareComment('A', 'Aqueducts, aqueducts everywhere.', vocabulary);
    prepareComment('B', 'The aqueduct leaks; the reservoir too.', vocabulary);
    expect(vocabulary.df.get('aqueduct')).toBe(2);
    expect(vocabulary.df.get('reservoir')).toBe(1);
  });
});

describe('stemCount', () => {
  it('should share one count between the words of one stem, and none for other words', () => {
    const vocabulary = newVocabulary();
    const one = stemCount('aqueducts', vocabulary);
    expect(one.stem).toBe('aqueduct');
    expect(stemCount('aqueduct', vocabulary)).toBe(one);
    expect(stemCount('the', vocabulary)).toBe(NOT_CONTENT);
    expect(stemCount('because', vocabulary)).toBe(NOT_CONTENT);
    expect(vocabulary.stemOf.get('aqueducts')).toBe('aqueduct');
  });

  it('should count as many comments as the stem’s document frequency', () => {
    const vocabulary = newVocabulary();
    prepareComment('A', 'Aqueducts, aqueducts everywhere.', vocabulary);
    prepareComment('B', 'The aqueduct leaks.', vocabulary);
    expect(stemCount('aqueduct', vocabulary).comments).toBe(vocabulary.df.get('aqueduct'));
  });
});
