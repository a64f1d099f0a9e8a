import { describe, expect, it } from 'vitest';
import { bareNameHeaders } from '../../../src/core/parse/bare-name-headers.ts';

const lines = [
  'Pool Hours Cut',
  '',
  'June 2, 2025 · 4 comments',
  'Ann Vo (Eastside)',
  'Why close the deep end?',
  'Dave Kowalski',
  'Money. The article says so.',
  'Ann Vo (Eastside)',
  'Agreed, mostly.',
  'poolrat_77',
  'Both, probably.',
];
const headers = [
  { index: 3, name: 'Ann Vo' },
  { index: 7, name: 'Ann Vo' },
];

describe('bareNameHeaders', () => {
  it('should take name-shaped lines under a finished sentence as the missing headers', () => {
    expect(bareNameHeaders(lines, 3, headers, 2)).toEqual([
      { index: 5, name: 'Dave Kowalski' },
      { index: 9, name: 'poolrat_77' },
    ]);
  });

  it('should take nothing when no comment is missing', () => {
    expect(bareNameHeaders(lines, 3, headers, 0)).toEqual([]);
  });

  it('should take nothing when more lines look like names than comments are missing', () => {
    expect(bareNameHeaders(lines, 3, headers, 1)).toEqual([]);
  });

  it('should prefer a name that heads another comment when the choice is otherwise open', () => {
    const more = [...lines, 'Dave Kowalski', 'Still money.'];
    expect(bareNameHeaders(more, 3, headers, 2)).toEqual([
      { index: 5, name: 'Dave Kowalski' },
      { index: 11, name: 'Dave Kowalski' },
    ]);
  });

  it('should not take a signature under a line that does not end a sentence, nor a sentence', () => {
    const signed = [
      'T',
      '',
      'June 2, 2025 · 2 comments',
      'Gita (Oslo)',
      'Agreed.',
      '',
      'Forever yours,',
      'Vladi',
      'Well said.',
      'Thanks a lot',
    ];
    expect(bareNameHeaders(signed, 3, [{ index: 3, name: 'Gita' }], 1)).toEqual([]);
  });

  it('should not take a name-shaped first line of a comment as a header of its own', () => {
    const body = [
      'T',
      '',
      'June 2, 2025 · 2 comments',
      'Ann Vo (Eastside)',
      'Fine.',
      'Bo (Oslo)',
      'Agreed Tom',
      'More text.',
    ];
    expect(
      bareNameHeaders(
        body,
        3,
        [
          { index: 3, name: 'Ann Vo' },
          { index: 5, name: 'Bo' },
        ],
        1,
      ),
    ).toEqual([]);
  });
});
