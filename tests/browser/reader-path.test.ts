// A reader's path through the site in a real browser, by clicks and by
// keyboard alone: home, a country, a person, one of their meetings, the
// source paragraph a fact cites (targeted and in view), and back. On both
// builds, the sub-path one served under its prefix. Along the way: no
// console error, no CSP violation, no failed request, no request to any host
// but the local server. And from the corrections log to a revision, marked where it lands.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/urls';
import { entriesOf, validateTree } from '../../src/lib/validate';
import {
  closeWhenTestEnds,
  foreignRequests,
  launchBrowser,
  targetAndNeighbour,
  watchedContext,
  type Watch,
} from '../helpers/browser';
import { servedForTests, type StaticSite } from '../helpers/server';
import { ROOT_SITE, SUB_BASE, SUB_SITE, readPage } from '../helpers/site';
import { contentTree } from '../helpers/tree';

// The path: the first meeting, its first participant, that person's country.
const { entries } = validateTree(contentTree());
const meeting = entriesOf(entries, 'meetings').sort((a, b) => a.id.localeCompare(b.id))[0]!;
const person = entriesOf(entries, 'people').find((e) => e.id === meeting.data.participants[0]!.person)!;
const country: string = person.data.country;
const sources = entriesOf(entries, 'sources');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the focused element links to, as written. */
const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);

/** Presses Tab until the link to `href` has focus. */
async function tabTo(page: Page, href: string, most = 400) {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedHref(page)) === href) return;
  }
  throw new Error(`Tab never reached a link to ${href} on ${page.url()}`);
}

/** The element the URL's fragment targets, and whether it is in the viewport. */
const targeted = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector(':target');
    if (!el) return null;
    const box = el.getBoundingClientRect();
    return { id: el.id, inView: box.height > 0 && box.top >= 0 && box.top < window.innerHeight };
  });

/**
 * Expects the paragraph `id` targeted and scrolled into view. The browser scrolls to a fragment while it renders,
 * in its own time: the load event that ends the navigation does not promise the scroll has happened, so this
 * waits for it (up to 10 s).
 */
const expectTargeted = (page: Page, id: string | undefined) =>
  expect.poll(() => targeted(page), { timeout: 10_000 }).toEqual({ id, inView: true });

/**
 * Expects the target drawn apart from the elements like it, in the reader's light scheme and in the dark one: a ground
 * unlike theirs and a bar beside it (a box shadow), the dark scheme with a ground of its own. Leaves the page in the
 * scheme it found it in.
 */
async function expectMarked(page: Page, what: string) {
  const was = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const grounds: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const mark = await targetAndNeighbour(page, ['background-color', 'box-shadow']);
    expect(mark, `${what}: the target`).not.toBeNull();
    const { id, target, other } = mark!;
    const label = `${what} (#${id}), ${colorScheme} scheme`;
    expect(target['background-color'], `${label}: a ground`).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    expect(target['background-color'], `${label}: a ground unlike its neighbours'`).not.toBe(other['background-color']);
    expect(target['box-shadow'], `${label}: a bar`).not.toBe('none');
    expect(target['box-shadow'], `${label}: a bar its neighbours lack`).not.toBe(other['box-shadow']);
    grounds.push(target['background-color']!);
  }
  await page.emulateMedia({ colorScheme: was });
  expect(grounds[1], `${what}: the dark scheme's ground`).not.toBe(grounds[0]);
}

function expectClean(watch: Watch, site: StaticSite) {
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.cspViolations, 'CSP violations').toEqual([]);
  expect(watch.failures, 'failed requests').toEqual([]);
  expect(foreignRequests(watch, site.origin), 'requests to other hosts').toEqual([]);
  expect(watch.requests.length).toBeGreaterThan(5);
}

describe.each([
  ['root', ROOT_SITE, '/'],
  ['sub-path', SUB_SITE, SUB_BASE],
])('the %s build', (_, outDir, base) => {
  const to = (path: string) => withBase(base, path);
  const countryHref = to(`/countries/${country}/`);
  const personHref = to(`/people/${person.id}/`);
  const meetingHref = to(`/meetings/${meeting.id}/`);
  const site = servedForTests(outDir, base);

  it(`by clicks: home → countries → ${country} → ${person.id} → ${meeting.id} → cited paragraph → back`, async () => {
    const { context, page, watch, collectViolations } = await watchedContext(browser);
    const follow = async (selector: string, href: string) => {
      await collectViolations();
      await Promise.all([
        page.waitForURL(site.origin + href),
        page.locator(`${selector}[href="${href}"]`).first().click(),
      ]);
    };
    await page.goto(site.home);
    await follow('header nav a', to('/countries/'));
    await follow('main a', countryHref);
    await follow('main a', personHref);
    await follow('main a', meetingHref);
    const cite = await page.locator('main a[href*="#p"]').first().getAttribute('href');
    expect(cite).toMatch(new RegExp(`^${to('/sources/')}[a-z0-9-]+/#p\\d+$`));
    await follow('main a', cite!);
    await expectTargeted(page, cite!.split('#')[1]);
    await expectMarked(page, 'the cited paragraph');
    await collectViolations();
    await page.goBack();
    expect(page.url()).toBe(site.origin + meetingHref);
    await collectViolations();
    await context.close();
    expectClean(watch, site);
  });

  it('by keyboard alone: the skip link, then Tab and Enter along the same path', async () => {
    const { context, page, watch, collectViolations } = await watchedContext(browser);
    const press = async (key: string, url: string) => {
      await collectViolations();
      await Promise.all([page.waitForURL(site.origin + url), page.keyboard.press(key)]);
    };
    await page.goto(site.home);

    // The first Tab reaches the skip link; Enter moves on to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    // And shows itself, whole, in the viewport: off screen until focused, a sighted keyboard user never saw it.
    const skip = await page.evaluate(() => {
      const el = document.activeElement!;
      const { left, top, right, bottom, width, height } = el.getBoundingClientRect();
      return {
        visible: el.checkVisibility(),
        box: { left, top, right, bottom, width, height },
        within: width > 0 && height > 0 && left >= 0 && top >= 0 && right <= innerWidth && bottom <= innerHeight,
      };
    });
    expect(skip.visible, 'the focused skip link is drawn').toBe(true);
    expect(skip.within, `the focused skip link in the viewport: ${JSON.stringify(skip.box)}`).toBe(true);
    // The move to #main lands after the key press returns (a CI run read the URL before it).
    await Promise.all([page.waitForURL((url) => url.hash === '#main'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('main') !== null),
      'focus after the skip link is in main',
    ).toBe(true);

    await tabTo(page, to('/countries/'));
    await press('Enter', to('/countries/'));
    for (const href of [countryHref, personHref, meetingHref]) {
      await tabTo(page, href);
      await press('Enter', href);
    }
    await page.keyboard.press('Tab');
    const cite = await page.evaluate(() =>
      document.querySelector<HTMLAnchorElement>('main a[href*="#p"]')!.getAttribute('href')!,
    );
    await tabTo(page, cite);
    await press('Enter', cite);
    await expectTargeted(page, cite.split('#')[1]);
    await expectMarked(page, 'the cited paragraph');
    // Back is the browser's own command (Alt+Left in a window); headless Chromium has no such window.
    await collectViolations();
    await page.goBack();
    expect(page.url()).toBe(site.origin + meetingHref);
    await collectViolations();
    await context.close();
    expectClean(watch, site);
  });
  it.each([
    ['a phone', { width: 390, height: 844 }],
    ['a desktop', { width: 1280, height: 900 }],
  ])(
    'a link to a paragraph deep in a source, opened on %s, shows in view which article it is and a way to its citation',
    async (_, viewport) => {
      // The page scrolls to the paragraph, past the headline, the publisher and the date: a reader sent the link saw a
      // marked paragraph and nothing to tell which article it was from or how to cite it.
      expect(sources.length).toBeGreaterThan(1);
      const context = closeWhenTestEnds(await browser.newContext({ viewport }));
      const page = await context.newPage();
      const wrong: string[] = [];
      for (const source of sources) {
        const path = `/sources/${source.id}/`;
        const ids = readPage(
          ROOT_SITE,
          path,
        )('.excerpt .para')
          .map((_, p) => p.attribs.id)
          .get();
        const id = ids[Math.floor((ids.length * 2) / 3)]!;
        await page.goto(`${site.origin}${to(path)}#${id}`);
        await expectTargeted(page, id);
        // What the reader sees: the text in the viewport, and where the links in it lead on the page.
        const seen = await page.evaluate(() => {
          const inView = (r: DOMRect) => r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < window.innerHeight;
          const text: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            if (node.parentElement?.checkVisibility() && inView(range.getBoundingClientRect()))
              text.push(node.textContent ?? '');
          }
          const toCitation = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')].filter(
            (a) =>
              a.checkVisibility() &&
              inView(a.getBoundingClientRect()) &&
              document
                .getElementById(a.getAttribute('href')!.slice(1))
                ?.closest('section')
                ?.querySelector('.reference') != null,
          );
          return { text: text.join('').replace(/\s+/g, ' '), toCitation: toCitation.length };
        });
        const names = [source.data.shortTitle, ...(source.data.titleIsEditorial ? [] : [source.data.title])];
        for (const name of names) if (!seen.text.includes(name)) wrong.push(`${path}#${id}: "${name}" not in view`);
        if (seen.toCitation === 0) wrong.push(`${path}#${id}: no link in view to the page's citation`);
      }
      await context.close();
      expect(wrong).toEqual([]);
    },
  );

  it('from the corrections log, an entry leads to the revision at its record’s foot, marked there', async () => {
    const { context, page } = await watchedContext(browser);
    await page.goto(site.origin + to('/changes/'));
    const link = page.locator('main .revision-list a[href*="#revision-"]').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/#revision-/);
    await link.click();
    await expectTargeted(page, href.split('#')[1]);
    await expectMarked(page, 'the revision reached');
    await context.close();
  });

  it('from /inferences/, an entry leads to the inference on its record’s page, in view and marked there', async () => {
    const { context, page } = await watchedContext(browser);
    const response = await page.goto(site.origin + to('/inferences/'));
    expect(response?.ok(), '/inferences/ answered').toBe(true);
    const links = page.locator('main a[href*="#inferred-"]');
    expect(await links.count(), 'links from /inferences/ to an inference').toBeGreaterThan(0);
    const href = (await links.first().getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${to('/')}[a-z]+/[a-z0-9-]+/#inferred-[a-z0-9-]+$`));
    await Promise.all([page.waitForURL(site.origin + href), links.first().click()]);
    await expectTargeted(page, href.split('#')[1]);
    await expectMarked(page, 'the inference reached');
    await context.close();
  });
});
