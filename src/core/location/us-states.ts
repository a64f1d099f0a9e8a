export interface RegionDef {
  /** Postal code: "VT", "DC"; for Canada "BC", "QC". */
  readonly code: string;
  readonly name: string;
  /** ISO 3166 alpha-2 of the country the region belongs to. */
  readonly country: 'US' | 'CA';
  /** Other spellings readers use: AP-style abbreviations ("Vt.", "Calif."), short forms. */
  readonly aliases: readonly string[];
}

const us = (code: string, name: string, ...aliases: string[]): RegionDef => ({
  code,
  name,
  country: 'US',
  aliases,
});

/** The 50 states and DC, with the AP-style and common short forms. */
export const US_STATES: readonly RegionDef[] = [
  us('AL', 'Alabama', 'Ala'),
  us('AK', 'Alaska'),
  us('AZ', 'Arizona', 'Ariz'),
  us('AR', 'Arkansas', 'Ark'),
  us('CA', 'California', 'Calif', 'Cal', 'Cali'),
  us('CO', 'Colorado', 'Colo'),
  us('CT', 'Connecticut', 'Conn'),
  us('DE', 'Delaware', 'Del'),
  us('DC', 'District of Columbia', 'D.C.', 'Washington D.C.', 'Wash. D.C.', 'Washington DC'),
  us('FL', 'Florida', 'Fla'),
  us('GA', 'Georgia'),
  us('HI', 'Hawaii'),
  us('ID', 'Idaho'),
  us('IL', 'Illinois', 'Ill'),
  us('IN', 'Indiana', 'Ind'),
  us('IA', 'Iowa'),
  us('KS', 'Kansas', 'Kan', 'Kans'),
  us('KY', 'Kentucky'),
  us('LA', 'Louisiana'),
  us('ME', 'Maine'),
  us('MD', 'Maryland'),
  us('MA', 'Massachusetts', 'Mass'),
  us('MI', 'Michigan', 'Mich'),
  us('MN', 'Minnesota', 'Minn'),
  us('MS', 'Mississippi', 'Miss'),
  us('MO', 'Missouri'),
  us('MT', 'Montana', 'Mont'),
  us('NE', 'Nebraska', 'Neb', 'Nebr'),
  us('NV', 'Nevada', 'Nev'),
  us('NH', 'New Hampshire'),
  us('NJ', 'New Jersey'),
  us('NM', 'New Mexico'),
  us('NY', 'New York'),
  us('NC', 'North Carolina'),
  us('ND', 'North Dakota'),
  us('OH', 'Ohio'),
  us('OK', 'Oklahoma', 'Okla'),
  us('OR', 'Oregon', 'Ore', 'Oreg'),
  us('PA', 'Pennsylvania', 'Penn', 'Penna'),
  us('RI', 'Rhode Island'),
  us('SC', 'South Carolina'),
  us('SD', 'South Dakota'),
  us('TN', 'Tennessee', 'Tenn'),
  us('TX', 'Texas', 'Tex'),
  us('UT', 'Utah'),
  us('VT', 'Vermont'),
  us('VA', 'Virginia'),
  us('WA', 'Washington', 'Wash'),
  us('WV', 'West Virginia', 'W.Va.', 'W. Va.'),
  us('WI', 'Wisconsin', 'Wis', 'Wisc'),
  us('WY', 'Wyoming', 'Wyo'),
];
