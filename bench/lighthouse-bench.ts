import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../tests/browser/support/static-server.ts';
import { CHROMIUM_FLAGS } from '../tests/browser/support/browser.ts';
import { median, round } from './stats.ts';

export interface LighthouseRun {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly firstContentfulPaintMs: number;
  readonly largestContentfulPaintMs: number;
  readonly totalBlockingTimeMs: number;
}

export interface LighthouseResult extends LighthouseRun {
  readonly runs: number;
  readonly version: string;
  readonly samples: readonly LighthouseRun[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * Lighthouse's mobile audit (its default: a mid-range phone, 4× CPU slowdown, slow 4G simulated)
 * of the build served gzipped with the app's security headers, `runs` times in Debian's Chromium.
 * Scores are 0–100; the medians over runs are reported.
 */
export async function benchLighthouse(
  distDir: string,
  runs: number,
  log: (s: string) => void,
): Promise<LighthouseResult> {
  const { url, server } = await startStaticServer(distDir, { gzip: true });
  const chrome = await launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  try {
    const samples: LighthouseRun[] = [];
    let version = '';
    for (let r = 0; r < runs; r += 1) {
      const result = await lighthouse(`${url}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (result === undefined) throw new Error('Lighthouse returned no result');
      const { categories, audits } = result.lhr;
      version = result.lhr.lighthouseVersion;
      const score = (id: string) => round((categories[id]?.score ?? 0) * 100, 0);
      const value = (id: string) => round(audits[id]?.numericValue ?? Number.NaN, 0);
      const run: LighthouseRun = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        firstContentfulPaintMs: value('first-contentful-paint'),
        largestContentfulPaintMs: value('largest-contentful-paint'),
        totalBlockingTimeMs: value('total-blocking-time'),
      };
      log(`  lighthouse run ${r + 1}/${runs}: ${JSON.stringify(run)}`);
      samples.push(run);
    }
    const med = (pick: (s: LighthouseRun) => number) => median(samples.map(pick));
    return {
      runs,
      version,
      samples,
      performance: med((s) => s.performance),
      accessibility: med((s) => s.accessibility),
      bestPractices: med((s) => s.bestPractices),
      firstContentfulPaintMs: med((s) => s.firstContentfulPaintMs),
      largestContentfulPaintMs: med((s) => s.largestContentfulPaintMs),
      totalBlockingTimeMs: med((s) => s.totalBlockingTimeMs),
    };
  } finally {
    chrome.kill();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
