import type { RegionDef } from './us-states.ts';

const ca = (code: string, name: string, ...aliases: string[]): RegionDef => ({
  code,
  name,
  country: 'CA',
  aliases,
});

/** Canada's provinces and territories with Canada Post codes and the usual abbreviations. */
export const CA_PROVINCES: readonly RegionDef[] = [
  ca('AB', 'Alberta', 'Alta'),
  ca('BC', 'British Columbia', 'B.C.'),
  ca('MB', 'Manitoba'),
  ca('NB', 'New Brunswick', 'N.B.'),
  ca('NL', 'Newfoundland and Labrador', 'Newfoundland', 'Nfld'),
  ca('NS', 'Nova Scotia', 'N.S.'),
  ca('ON', 'Ontario', 'Ont'),
  ca('PE', 'Prince Edward Island', 'P.E.I.', 'PEI'),
  ca('QC', 'Quebec', 'Que', 'Québec', 'PQ'),
  ca('SK', 'Saskatchewan', 'Sask'),
  ca('YT', 'Yukon'),
  ca('NT', 'Northwest Territories', 'N.W.T.'),
  ca('NU', 'Nunavut'),
];
