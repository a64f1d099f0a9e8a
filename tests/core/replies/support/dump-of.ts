import { prepareDump, type PreparedDump } from '../../../../src/core/replies/cues/prepare-dump.ts';
import { makeDoc } from '../../support/thread-fixture.ts';

/** A prepared dump of (author, body) pairs under an article with only this title. */
export const dumpOf = (title: string, ...pairs: [string, string][]): PreparedDump =>
  prepareDump(
    pairs.map(([author, body]) => ({ author, body })),
    makeDoc(title, []).article,
  );
