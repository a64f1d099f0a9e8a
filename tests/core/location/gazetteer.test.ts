import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildGazetteerSource, GAZETTEER_PATH } from '../../../scripts/build-gazetteer.ts';
import { gazetteer } from '../../../src/core/location/gazetteer.ts';

describe('gazetteer', () => {
  it('should index places by key with their state and population', () => {
    const berkeley = gazetteer().byKey.get('berkeley') ?? [];
    expect(berkeley.find((p) => p.region === 'CA')).toMatchObject({
      name: 'Berkeley',
      country: 'US',
    });
    const victoria = gazetteer().byKey.get('victoria') ?? [];
    expect(victoria.find((p) => p.country === 'CA')?.region).toBe('BC');
  });

  it('should carry the NYC boroughs as places of New York', () => {
    for (const key of ['bronx', 'brooklyn', 'manhattan', 'queens', 'staten island']) {
      expect(
        gazetteer()
          .byKey.get(key)
          ?.some((p) => p.region === 'NY'),
      ).toBe(true);
    }
  });

  it('should sum state populations for breaking ties', () => {
    const states = gazetteer().statePopulation;
    expect(states.get('CA') ?? 0).toBeGreaterThan(states.get('VT') ?? 0);
  });
});

describe('generated gazetteer data', () => {
  const committed = readFileSync(GAZETTEER_PATH, 'utf8');

  it('should be what `npm run gazetteer` writes from the installed packages', () => {
    expect(buildGazetteerSource().source === committed).toBe(true);
  }, 60_000);

  it('should stay under 300 KB raw and 100 KB gzipped', () => {
    expect(Buffer.byteLength(committed)).toBeLessThan(300_000);
    expect(gzipSync(committed).length).toBeLessThan(100_000);
  });
});
