// Where the first comment starts on a phone (390 × 844) and a desktop screen, from a built app:
//   npx tsx scripts/measure-first-comment.ts [DIST_DIR]
// Issue 11 asks for the first comment on the first screen; this prints its top edge in CSS px.
import { chromium } from 'playwright-core';
import { buildApp } from '../bench/build-app.ts';
import { CHROMIUM_FLAGS } from '../tests/browser/support/browser.ts';
import { startStaticServer } from '../tests/browser/support/static-server.ts';

const dist = process.argv[2] ?? (await buildApp());
const { url, server } = await startStaticServer(dist);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
try {
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(url);
    const first = page.locator('article[id^="c-"]').first();
    await first.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const top = await first.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    console.log(`${width}×${height}: first comment starts at y = ${top}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
