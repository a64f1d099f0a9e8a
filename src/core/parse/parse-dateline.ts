/** What a flat dump's second line states: "May 02, 2017 · 135 comments". */
export interface Dateline {
  /** ISO `YYYY-MM-DD`, null when the line states only a count. */
  readonly date: string | null;
  /** Null when the line states only a date. */
  readonly count: number | null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

// No nested quantifiers and bounded repeats: each regex runs in time linear in the line length.
const DATE = /^([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})$/;
const COUNT = /^(\d{1,3}(?:,\d{3}){0,3}|\d{1,12}) comments?$/i;
const SEPARATORS = ['·', '•', '|', ' - ', '—', '–'] as const;

function isoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (m === null) return null;
  const [, monthName = '', dayText = '', yearText = ''] = m;
  const lower = monthName.toLowerCase();
  // "Sep", "Sept" and "September" count; "Mayday" does not.
  const month = MONTHS.findIndex(
    (name) =>
      lower === name || lower === name.slice(0, 3) || (lower === 'sept' && name === 'september'),
  );
  const validName = month >= 0;
  if (!validName) return null;
  const year = Number(yearText);
  const day = Number(dayText);
  const probe = new Date(Date.UTC(year, month, day));
  // Rejects "Feb 30": the Date constructor would silently roll it into March.
  if (probe.getUTCMonth() !== month || probe.getUTCDate() !== day) return null;
  return `${yearText}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function count(text: string): number | null {
  const m = COUNT.exec(text);
  return m === null ? null : Number((m[1] ?? '').replaceAll(',', ''));
}

/** The date and declared count, or null when the line is not a dateline (then it is text). */
export function parseDateline(line: string): Dateline | null {
  const text = line.trim();
  if (text.length > 80) return null;
  for (const sep of SEPARATORS) {
    const at = text.indexOf(sep);
    if (at < 0) continue;
    const date = isoDate(text.slice(0, at).trim());
    const n = count(text.slice(at + sep.length).trim());
    return date !== null && n !== null ? { date, count: n } : null;
  }
  const date = isoDate(text);
  if (date !== null) return { date, count: null };
  const n = count(text);
  return n !== null ? { date: null, count: n } : null;
}
