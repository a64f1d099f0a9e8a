import { ZIP3_STATES } from './data/gazetteer-data.ts';

/** The state code a US ZIP code's first three digits belong to, or null for unused prefixes. */
export function zipState(zip: string): string | null {
  if (!/^\d{5}$/.test(zip)) return null;
  const at = Number(zip.slice(0, 3)) * 2;
  const code = ZIP3_STATES.slice(at, at + 2);
  return code.length === 2 && code !== '--' ? code : null;
}
