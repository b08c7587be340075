// Screenshots of built pages at desktop and phone widths, light and dark, for
// looking at the site as a reader does: npm run screenshots [path …]
// Writes PNGs to tmp/screenshots/ (SCREENSHOT_DIR). Needs a build in dist/
// (SITE_OUT_DIR; SITE_BASE for one built under a sub-path) and Debian's
// chromium (CHROMIUM_PATH).
// SCREENSHOT_SELECTOR (e.g. ".network") takes only the first element it matches.
import { mkdirSync } from 'node:fs';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { base } from '../src/build-settings.mjs';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/meetings/2017-04-10-minsk-lukashenko-guo-cao/',
      '/people/ramazon-rahimzoda/',
      '/sources/gazeta-uz-uzbekistan-china-security/',
      '/countries/china/',
    ];
const out = process.env.SCREENSHOT_DIR ?? 'tmp/screenshots';
mkdirSync(out, { recursive: true });

const server = await preview({ logLevel: 'error', server: { port: Number(process.env.SCREENSHOT_PORT ?? 4399) } });
const origin = `http://localhost:${server.port}${base.replace(/\/$/, '')}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
      for (const path of paths) {
        await page.goto(origin + path);
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${colorScheme}.png`;
        const selector = process.env.SCREENSHOT_SELECTOR;
        if (selector)
          await page
            .locator(selector)
            .first()
            .screenshot({ path: `${out}/${name}` });
        else await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      }
      await page.close();
    }
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.stop();
}
