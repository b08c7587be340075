// Every built page of both builds, opened in the browser: it loads with no
// console error, no Content-Security-Policy violation, no failed request, and
// requests nothing from any host but the local server. A redirect page lands
// on its target, with the address's #fragment if it had one.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWhenTestEnds, foreignRequests, launchBrowser, watchedContext } from '../helpers/browser';
import { redirectTarget } from '../helpers/permalinks';
import { serveSite, servedForTests } from '../helpers/server';
import { ROOT_SITE, SUB_BASE, SUB_SITE, pagePaths, readPage } from '../helpers/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['root', ROOT_SITE, '/'],
  ['sub-path', SUB_SITE, SUB_BASE],
])('every page of the %s build', (_, outDir, base) => {
  const paths = pagePaths(outDir);
  const site = servedForTests(outDir, base);

  it('loads cleanly, asks only the local server, and redirects land on their target', async () => {
    expect(paths.length).toBeGreaterThan(50);
    const { context, page, watch, collectViolations } = await watchedContext(browser);
    const wrongLanding: string[] = [];
    for (const path of paths) {
      const url = site.origin + base.replace(/\/$/, '') + path;
      await page.goto(url);
      const target = redirectTarget(outDir, path);
      if (target !== undefined) {
        await page
          .waitForURL(site.origin + target)
          .catch(() => wrongLanding.push(`${path} → ${page.url()}, not ${target}`));
      }
      await collectViolations();
    }
    await context.close();
    expect(watch.failures, 'failed requests').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.cspViolations, 'CSP violations').toEqual([]);
    expect(foreignRequests(watch, site.origin), 'requests to other hosts').toEqual([]);
    expect(wrongLanding).toEqual([]);
    // Each page and at least its stylesheet were requested, so the record is real.
    expect(watch.requests.length).toBeGreaterThan(paths.length);
  });

  it('a redirect page keeps the address’s #fragment: a link to a section lands on that section of the new page', async () => {
    // The meta refresh leads to the new address alone: a cited section link (/people/<alias>/#meetings, a revision's
    // anchor in changes.xml) of a renamed record landed at the top of its page.
    const redirects = paths.flatMap((path) => {
      const target = redirectTarget(outDir, path);
      return target === undefined ? [] : [{ path, target }];
    });
    expect(redirects.length).toBeGreaterThan(0);
    const { context, page, watch, collectViolations } = await watchedContext(browser);
    const wrong: string[] = [];
    for (const { path, target } of redirects) {
      const url = site.origin + base.replace(/\/$/, '') + path;
      // A section of the new page: its meetings where it has them, else its first section with an id.
      const $ = readPage(outDir, `/${target.slice(base.length)}`);
      const section = $('#meetings').length ? 'meetings' : $('main [id]').first().attr('id')!;
      for (const hash of [`#${section}`, '']) {
        await page.goto(url + hash);
        const landing = site.origin + target + hash;
        await page.waitForURL((u) => u.pathname === target).catch(() => undefined);
        const landed = await page.evaluate(() => ({
          url: location.href,
          target: document.querySelector(':target')?.id ?? null,
        }));
        if (landed.url !== landing) wrong.push(`${path}${hash} → ${landed.url}, not ${landing}`);
        else if (hash && landed.target !== section) wrong.push(`${path}${hash}: :target is ${landed.target}`);
        await collectViolations();
      }
    }
    await context.close();
    expect(wrong).toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.cspViolations, 'CSP violations').toEqual([]);
  });

  it('a redirect page still leads a reader without JavaScript to the new page', async () => {
    const path = paths.find((p) => redirectTarget(outDir, p) !== undefined)!;
    const context = closeWhenTestEnds(await browser.newContext({ javaScriptEnabled: false }));
    const page = await context.newPage();
    await page.goto(site.origin + base.replace(/\/$/, '') + path);
    await page.waitForURL(site.origin + redirectTarget(outDir, path)!);
    await context.close();
  });
});

describe('the watch itself', () => {
  it('records a CSP violation, a console error and a request to another host', async () => {
    const site = closeWhenTestEnds(await serveSite(ROOT_SITE, '/'));
    const { context, page, watch, collectViolations } = await watchedContext(browser);
    await page.goto(site.home);
    // An inline script and an image from elsewhere: the policy must refuse both.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "ran"';
      document.body.append(script);
      const img = document.createElement('img');
      img.src = 'http://192.0.2.1/pixel.png';
      document.body.append(img);
    });
    expect(await page.title()).not.toBe('ran');
    // The violation events, the console error and the request reach the watch after the evaluate returns, each in
    // its own time: wait for each (up to 10 s), not for a fixed time.
    const seen = { timeout: 10_000 };
    await expect
      .poll(() => page.evaluate(() => window.__cspViolations ?? []), seen)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem inline/),
          expect.stringMatching(/^img-src http:\/\/192\.0\.2\.1/),
        ]),
      );
    await expect.poll(() => watch.consoleErrors.some((e) => e.includes('Content Security Policy')), seen).toBe(true);
    // The attempt is recorded even though the policy blocked it.
    await expect.poll(() => foreignRequests(watch, site.origin), seen).toEqual(['http://192.0.2.1/pixel.png']);
    await collectViolations();
    await context.close();
    await site.close();
    expect(watch.cspViolations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem inline/),
        expect.stringMatching(/^img-src http:\/\/192\.0\.2\.1/),
      ]),
    );
  });
});
