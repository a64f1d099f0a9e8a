// Takes the README's screenshots (and any others) from a production build in Debian's Chromium:
//   npx tsx scripts/screenshots.ts OUT_DIR [name=path[|button|button…] ...]
// Each shot is taken at 390 and 1280 px wide, light and dark: NAME-390-light.png and so on. After
// `|`, buttons to press first, by the start of their accessible name (e.g. `tools=/|Tools`); one
// that is not visible at a width (the phone's Filters button at 1280 px) is skipped.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildApp } from '../bench/build-app.ts';
import { CHROMIUM_FLAGS } from '../tests/browser/support/browser.ts';
import { startStaticServer } from '../tests/browser/support/static-server.ts';

const [out = 'docs', ...specs] = process.argv.slice(2);
const shots = (specs.length > 0 ? specs : ['explorer=/']).map((s) => {
  const eq = s.indexOf('=');
  const [path = '/', ...presses] = s.slice(eq + 1).split('|');
  return { name: s.slice(0, eq), path, presses };
});

await mkdir(out, { recursive: true });
const { url, server } = await startStaticServer(await buildApp());
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
try {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({
        viewport: { width, height: width < 600 ? 844 : 900 },
        colorScheme: scheme,
      });
      for (const shot of shots) {
        await page.goto(url + shot.path);
        await page
          .getByRole('status')
          .first()
          .getByText(/ of \d+ comments/)
          .waitFor();
        await page.waitForTimeout(800);
        for (const press of shot.presses) {
          const escaped = press.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const button = page.getByRole('button', { name: new RegExp(`^${escaped}`) }).first();
          if (!(await button.isVisible())) continue;
          await button.click();
          await page.waitForTimeout(500);
        }
        await page.screenshot({ path: join(out, `${shot.name}-${width}-${scheme}.png`) });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
