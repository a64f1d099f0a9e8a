import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  BUDGET_BYTES,
  bundleReport,
  bundleTable,
  initialFiles,
  kb,
  seedMarkers,
} from '../../bench/bundle-sizes.ts';

// The build the browser project's global setup made (vite build into a private temp folder).
const distDir = inject('distDir');

describe('the first-view bundle budget', () => {
  it('should keep the seeds plus the initial JS and CSS under the first-view budget (150 KB gzip)', () => {
    const report = bundleReport(distDir);
    console.log(`\n${bundleTable(report)}\n`);
    expect(report.chunks.some((c) => c.kind === 'initial' && c.file.endsWith('.js'))).toBe(true);
    expect(
      report.budgetedGzip,
      `seeds ${kb(report.seedsGzip)} + initial ${kb(report.initialGzip)} must stay under ${kb(BUDGET_BYTES)}`,
    ).toBeLessThan(BUDGET_BYTES);
  });

  it('should keep the seed text out of the initial JavaScript (seeds load lazily)', () => {
    const markers = seedMarkers('seeds');
    expect(markers.every((m) => m.length >= 20)).toBe(true);
    const initial = initialFiles(distDir).filter((f) => f.endsWith('.js'));
    for (const file of initial) {
      const code = readFileSync(join(distDir, file), 'utf8');
      for (const marker of markers)
        expect(code.includes(marker), `${file} holds “${marker}”`).toBe(false);
    }
    // …but they are in the build somewhere, or the check above proves nothing.
    const report = bundleReport(distDir);
    expect(report.chunks.filter((c) => c.kind === 'seed').length).toBeGreaterThanOrEqual(1);
  });
});
