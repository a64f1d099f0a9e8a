import { describe, expect, it } from 'vitest';
import {
  foldedName,
  initialsMatch,
  mayInitialsMatch,
  namesRunOn,
  mayNameMatch,
  nameMatches,
} from '../../../../src/core/replies/cues/name-matches.ts';

describe('nameMatches', () => {
  it('should match a first name, a full name or a whole handle', () => {
    expect(nameMatches('Dave', 'Dave Whitfield')).toBe(true);
    expect(nameMatches('Lisa Tran', 'Lisa Tran')).toBe(true);
    expect(nameMatches('gooner_in_exile', 'gooner_in_exile')).toBe(true);
    expect(nameMatches('mancunian1968', 'mancunian1968')).toBe(true);
  });

  it('should match a surname after a title ("Dr. Mensah"), never a first name after one', () => {
    expect(nameMatches('Dr. Mensah', 'Dr. Kofi Mensah')).toBe(true);
    expect(nameMatches('Dr. Demir', 'Dr. Yusuf Demir')).toBe(true);
    expect(nameMatches('Dr. Kofi', 'Dr. Kofi Mensah')).toBe(true);
    expect(nameMatches('Dr. Mensah', 'Dr. Amal Haddad')).toBe(false);
    expect(nameMatches('Mensah', 'Kofi Mensah')).toBe(false);
  });

  it('should not match a surname alone or another first name', () => {
    expect(nameMatches('Whitfield', 'Dave Whitfield')).toBe(false);
    expect(nameMatches('Dan', 'Dave Whitfield')).toBe(false);
    expect(nameMatches('sam1984', 'sam1985')).toBe(false);
  });
});

describe('nameMatches, a part of a handle', () => {
  it('should match the part between underscores written with its own digits', () => {
    expect(nameMatches('rower42', 'lake_rower42')).toBe(true);
    expect(nameMatches('rower42', 'lake.rower42')).toBe(true);
  });

  it('should not match a part with other digits, or a part that holds none', () => {
    expect(nameMatches('rower43', 'lake_rower42')).toBe(false);
    expect(nameMatches('lake42', 'lake_rower42')).toBe(false);
    expect(nameMatches('1968', 'vet_ron_1968')).toBe(false);
  });
});

describe('namesRunOn', () => {
  it('should find a full name that an "@" address runs on from into the sentence', () => {
    expect(namesRunOn('Lena Marsh Petrov', 'Lena Marsh')).toBe(true);
    expect(namesRunOn('Dr. Omar Idris Nobody', 'Omar Idris')).toBe(true);
  });

  it('should not take one word, the whole name, or other first words for it', () => {
    expect(namesRunOn('Lena Marsh', 'Lena')).toBe(false);
    expect(namesRunOn('Lena Marsh', 'Lena Marsh')).toBe(false);
    expect(namesRunOn('Lena Moss Petrov', 'Lena Marsh')).toBe(false);
  });
});

describe('initialsMatch', () => {
  it('should match initials that begin the display name', () => {
    expect(initialsMatch('J. R.', 'J. R. O.')).toBe(true);
    expect(initialsMatch('S. K.', 'S. K.')).toBe(true);
    expect(initialsMatch('Dr. N.', 'Dr. Nkemelu')).toBe(true);
  });

  it('should not read initials as a lower-case handle', () => {
    expect(initialsMatch('T.J.', 'truckin_jim_65')).toBe(false);
    expect(initialsMatch('T.J.', 'T.J. Brandt')).toBe(true);
  });

  it('should not match other initials or a lone initial of a longer name', () => {
    expect(initialsMatch('J. R.', 'K. L. M.')).toBe(false);
    expect(initialsMatch('M.', 'M. A. G.')).toBe(false);
    expect(initialsMatch('Dr. N.', 'Nancy Owens')).toBe(false);
  });
});

const NAMES = [
  'Dave',
  'Dave Whitfield',
  'Lisa Tran',
  'gooner_in_exile',
  'sam1984',
  'sam1985',
  'Dr. Mensah',
  'Dr. Kofi Mensah',
  'Mensah',
  'J. R.',
  'J. R. O.',
  'Dr. N.',
  'Dr. Nkemelu',
  'S. K.',
  'T.J.',
  'truckin_jim_65',
  'MyThreeCents',
  'my three cents',
  'Three Cents',
  '',
  '42',
  'Ms. Ana Li',
  'Ms. Li',
];

describe('mayNameMatch and mayInitialsMatch', () => {
  it('should be true wherever nameMatches or initialsMatch is', () => {
    for (const written of NAMES) {
      for (const name of NAMES) {
        if (nameMatches(written, name)) expect(mayNameMatch(written, name)).toBe(true);
        if (initialsMatch(written, name)) expect(mayInitialsMatch(written, name)).toBe(true);
      }
    }
  });

  it('should turn away names that share no first or last word', () => {
    expect(mayNameMatch('Dave', 'Lisa Tran')).toBe(false);
    expect(mayInitialsMatch('J. R.', 'S. K.')).toBe(false);
  });
});

describe('foldedName', () => {
  it('should fold a name to its lower-case letters and digits, alike however often asked', () => {
    expect(foldedName('MyThreeCents')).toBe('mythreecents');
    expect(foldedName('my three cents')).toBe('mythreecents');
    expect(foldedName('Dr. José-María O’Neil 3rd')).toBe('drjosémaríaoneil3rd');
    expect(foldedName('Dr. José-María O’Neil 3rd')).toBe('drjosémaríaoneil3rd');
    expect(foldedName('—')).toBe('');
  });
});

describe('nameMatches, the last part of a lower-case handle', () => {
  it('should match the name a lower-case handle ends on', () => {
    expect(nameMatches('Walt', 'oldtimer_walt')).toBe(true);
    expect(nameMatches('walt', 'oldtimer_walt')).toBe(true);
  });

  it('should not match a short last part, or the last word of a name with a space', () => {
    expect(nameMatches('Mr', 'tax_payer_mr')).toBe(false);
    expect(nameMatches('Walt', 'Oldtimer Walt')).toBe(false);
  });
});
