import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../src/core/parse/parse-dateline.ts';

describe('parseDateline', () => {
  it('should read the date and the declared count of the nyt dateline', () => {
    expect(parseDateline('May 02, 2017 · 135 comments')).toEqual({
      date: '2017-05-02',
      count: 135,
    });
  });

  it('should read full and abbreviated month names, one comment and thousands separators', () => {
    expect(parseDateline('September 9, 2001 · 1 comment')).toEqual({
      date: '2001-09-09',
      count: 1,
    });
    expect(parseDateline('Sept. 9, 2001 | 1,204 comments')).toEqual({
      date: '2001-09-09',
      count: 1204,
    });
  });

  it('should read a date alone or a count alone', () => {
    expect(parseDateline('Dec 24, 2016')).toEqual({ date: '2016-12-24', count: null });
    expect(parseDateline('12 comments')).toEqual({ date: null, count: 12 });
  });

  it('should refuse impossible dates instead of rolling them over', () => {
    expect(parseDateline('Feb 30, 2017 · 3 comments')).toBeNull();
    expect(parseDateline('Mayday 2, 2017')).toBeNull();
  });

  it('should refuse ordinary text lines', () => {
    expect(parseDateline('Mary (Atlanta)')).toBeNull();
    expect(parseDateline('May 02, 2017 was the day · and so on')).toBeNull();
    expect(parseDateline('')).toBeNull();
  });
});
