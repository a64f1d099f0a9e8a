import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../../src/core/parse/line-index.ts';
import { readIndentedArticle } from '../../../src/core/parse/read-indented-article.ts';

/** The article part of `text`: its lines up to the first one starting with a bullet. */
function article(text: string) {
  const index = lineIndex(text);
  const end = text.split('\n').findIndex((line) => line.trimStart().startsWith('•'));
  return readIndentedArticle(index, end < 0 ? index.count : end);
}

describe('readIndentedArticle', () => {
  it('should read a short line standing alone under the title as the subtitle', () => {
    const a = article('Talks Stall\n\nWhat Comes Next\n\nThe text.\n\n  • Ann\n');
    expect(a).toMatchObject({
      title: 'Talks Stall',
      subtitle: 'What Comes Next',
      body: 'The text.',
    });
  });

  it('should read a first line ending a sentence as the text, not a subtitle', () => {
    const a = article('Talks Stall\n\nThe talks stalled.\n\nMore.\n\n  • Ann\n');
    expect(a).toMatchObject({ subtitle: null, body: 'The talks stalled.\n\nMore.' });
  });

  it('should not take a line right above the first bullet for a subtitle standing alone', () => {
    const a = article('Talks Stall\n\nWhat Comes Next\n  • Ann\n');
    expect(a).toMatchObject({ subtitle: null, body: 'What Comes Next' });
  });

  it('should read the byline after "Author:" and the lines under it as the bio', () => {
    const a = article('T\n\nText.\n\nAuthor: Jason Ditz\n\nJason Ditz is news editor\n\n  • Ann\n');
    expect(a).toMatchObject({
      byline: 'Jason Ditz',
      bio: 'Jason Ditz is news editor',
      body: 'Text.',
    });
  });
});
