import { normalizeKey } from './normalize-key.ts';

export interface AliasTarget {
  readonly city: string | null;
  /** State or province code, when the alias lies in one. */
  readonly region: string | null;
  /** ISO 3166 alpha-2. */
  readonly country: string;
  /** Only in the city slot of "City, Region" ("New York, NY"): alone the text means a state. */
  readonly cityOnly?: true;
}

const place = (city: string | null, region: string | null, country = 'US'): AliasTarget => ({
  city,
  region,
  country,
});

// Names the gazetteer does not carry: nicknames and airport codes of big US cities, areas
// readers give as a home (counties, valleys, islands), and the local or English names of
// foreign cities where GeoNames keeps only the other one ("München" vs "Munich").
const ALIASES: Readonly<Record<string, AliasTarget>> = {
  NYC: place('New York City', 'NY'),
  'N.Y.C.': place('New York City', 'NY'),
  'New York City': place('New York City', 'NY'),
  'Big Apple': place('New York City', 'NY'),
  'New York': { ...place('New York City', 'NY'), cityOnly: true },
  DC: place('Washington', 'DC'),
  'Washington DC': place('Washington', 'DC'),
  'Wash DC': place('Washington', 'DC'),
  'District of Columbia': place('Washington', 'DC'),
  Washington: { ...place('Washington', 'DC'), cityOnly: true },
  LA: place('Los Angeles', 'CA'),
  'L.A.': place('Los Angeles', 'CA'),
  SF: place('San Francisco', 'CA'),
  'San Fran': place('San Francisco', 'CA'),
  Frisco: place('San Francisco', 'CA'),
  Philly: place('Philadelphia', 'PA'),
  PDX: place('Portland', 'OR'),
  ATL: place('Atlanta', 'GA'),
  NOLA: place('New Orleans', 'LA'),
  Vegas: place('Las Vegas', 'NV'),
  SLC: place('Salt Lake City', 'UT'),
  KC: place('Kansas City', 'MO'),
  OKC: place('Oklahoma City', 'OK'),
  'Chi-town': place('Chicago', 'IL'),
  Bklyn: place('Brooklyn', 'NY'),
  'St. Pete': place('St. Petersburg', 'FL'),
  'Tampa Bay': place('Tampa', 'FL'),
  DFW: place(null, 'TX'),
  'Dallas-Fort Worth': place(null, 'TX'),
  'Minneapolis-St. Paul': place(null, 'MN'),
  NoVA: place(null, 'VA'),
  'South Jersey': place(null, 'NJ'),
  'North Jersey': place(null, 'NJ'),
  'Central Jersey': place(null, 'NJ'),
  SoCal: place(null, 'CA'),
  'So Cal': place(null, 'CA'),
  NorCal: place(null, 'CA'),
  'Bay Area': place(null, 'CA'),
  'Silicon Valley': place(null, 'CA'),
  Westchester: place(null, 'NY'),
  'Long Island': place(null, 'NY'),
  'Hudson Valley': place(null, 'NY'),
  'The Hamptons': place(null, 'NY'),
  'Cape Cod': place(null, 'MA'),
  'The Berkshires': place(null, 'MA'),
  'Outer Banks': place(null, 'NC'),
  'Twin Cities': place(null, 'MN'),
  'Upper Peninsula': place(null, 'MI'),
  Midwest: place(null, null),
  'Pacific Northwest': place(null, null),
  'New England': place(null, null),
  München: place('Munich', null, 'DE'),
  Köln: place('Cologne', null, 'DE'),
  Cologne: place('Cologne', null, 'DE'),
  Nuremberg: place('Nuremberg', null, 'DE'),
  Nürnberg: place('Nuremberg', null, 'DE'),
  Wien: place('Vienna', null, 'AT'),
  Praha: place('Prague', null, 'CZ'),
  Roma: place('Rome', null, 'IT'),
  Milano: place('Milan', null, 'IT'),
  Firenze: place('Florence', null, 'IT'),
  Napoli: place('Naples', null, 'IT'),
  Venezia: place('Venice', null, 'IT'),
  Lisboa: place('Lisbon', null, 'PT'),
  Moskva: place('Moscow', null, 'RU'),
  'Den Haag': place('The Hague', null, 'NL'),
  Bruxelles: place('Brussels', null, 'BE'),
  Brussel: place('Brussels', null, 'BE'),
  Geneva: place('Geneva', null, 'CH'),
  Genève: place('Geneva', null, 'CH'),
  Kiev: place('Kyiv', null, 'UA'),
  Bombay: place('Mumbai', null, 'IN'),
  Bangalore: place('Bengaluru', null, 'IN'),
  Calcutta: place('Kolkata', null, 'IN'),
  Madras: place('Chennai', null, 'IN'),
  Peking: place('Beijing', null, 'CN'),
  'Quebec City': place('Québec', 'QC', 'CA'),
  'Ciudad de México': place('Mexico City', null, 'MX'),
};

let byKey: ReadonlyMap<string, AliasTarget> | undefined;

/** The alias a whole part spells, by normalised key. */
export function matchAlias(key: string): AliasTarget | null {
  if (!byKey) {
    byKey = new Map(Object.entries(ALIASES).map(([name, target]) => [normalizeKey(name), target]));
  }
  return byKey.get(key) ?? null;
}
