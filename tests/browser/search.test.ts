// Search in a real browser, on both builds: every spelling the sources use
// finds the person's page, each result names its kind, the header's search box
// works from any page by keyboard alone, and the search page asks nothing of
// any host but the site and logs no error or CSP violation.
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionsIn, spellingsForSearch } from '../../src/lib/mentions';
import { escapeRegExp } from '../../src/lib/quote-language';
import { LANGUAGE_NAMES, NAMED_SPELLINGS_TERM, SEARCH_NO_RESULTS, SEARCH_RANKING } from '../../src/consts';
import { sectionsToShow, type ResultSection } from '../../src/lib/result-sections';
import { entityPath, withBase } from '../../src/lib/urls';
import { yearsOfDate } from '../../src/lib/years';
import { hasWordBeginning, isKnownWord, queryWords, wordsKey } from '../../public/search-module/known-words.js';
import { readSearchWords } from '../../scripts/search-words.mjs';
import { closeWhenTestEnds, contrast, foreignRequests, launchBrowser, watchedContext } from '../helpers/browser';
import { realCorpus, realGraph } from '../helpers/corpus';
import { servedForTests } from '../helpers/server';
import { ROOT_SITE, SUB_BASE, SUB_SITE, readPage } from '../helpers/site';

const { people, meetings, sources, countries, events, agreements, organizations } = realCorpus();
/** Every spelling of every person whose name the sources spell more than one way. */
const spellings = people.flatMap((p) =>
  p.data.spellings.length > 1 ? p.data.spellings.map((s) => ({ person: p.id, text: s.text })) : [],
);

/** What the search page says when it finds nothing for a query. */
const noResults = (query: string) => SEARCH_NO_RESULTS.replace('[SEARCH_TERM]', query);

/** The words of each spelling of a person's name that no other spelling of it has ("Rakhimzoda", "Hamro"). */
const ownWords = (spellings: ReadonlyArray<{ text: string; cites: readonly string[] }>) => {
  const words = (t: string) => t.split(/\s+/);
  return spellings.flatMap((s) =>
    words(s.text)
      .filter((w) => spellings.every((o) => o === s || !words(o.text).includes(w)))
      .map((word) => ({ word, spelling: s })),
  );
};

/** A section of a result, as Pagefind gives it under the page: its address (with the heading's anchor) and excerpt. */
type Section = ResultSection & { excerpt: string };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Result links and the kind shown with each, once the results are in. Pagefind's UI first draws each
 * result as a grey placeholder (an <li class="pagefind-ui__result"> with no link) and fills it in once that
 * result's data has loaded, one by one: reading at the first result read placeholders as results with no
 * link (seen with the CPU slowed), so this waits until every result shown has its link.
 */
async function results(page: Page) {
  await page
    .waitForFunction(() => {
      const shown = [...document.querySelectorAll('.pagefind-ui__result')];
      return shown.length > 0 && shown.every((n) => n.querySelector('a.pagefind-ui__result-link') !== null);
    })
    .catch(async (error: unknown) => {
      const message = await page
        .locator('.pagefind-ui__message')
        .textContent({ timeout: 1000 })
        .catch(() => null);
      throw new Error(`No loaded search results on ${page.url()} (Pagefind says: ${message ?? 'nothing'})`, {
        cause: error,
      });
    });
  return page.locator('.pagefind-ui__result').evaluateAll((nodes) =>
    nodes.map((n) => ({
      href: n.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') ?? '',
      tags: [...n.querySelectorAll('.pagefind-ui__result-tag')].map((t) => t.textContent?.trim() ?? ''),
    })),
  );
}

/**
 * The result of the page at `url` as the search page draws it, pressing "Load more results" until it is shown;
 * undefined if the search finds other pages but not it (results() fails if it finds none).
 */
async function shownResult(page: Page, url: string) {
  const title = `.pagefind-ui__result-inner > .pagefind-ui__result-title a[href="${url}"]`;
  for (;;) {
    const shown = (await results(page)).length;
    const result = page.locator('.pagefind-ui__result').filter({ has: page.locator(title) });
    if ((await result.count()) > 0) return result.first();
    const more = page.locator('.pagefind-ui__button');
    if ((await more.count()) === 0) return undefined;
    await more.click();
    await expect.poll(async () => (await results(page)).length, { timeout: 10_000 }).toBeGreaterThan(shown);
  }
}

describe.each([
  ['root', ROOT_SITE, '/'],
  ['sub-path', SUB_SITE, SUB_BASE],
])('search on the %s build', (_, outDir, base) => {
  const site = servedForTests(outDir, base);

  it('finds each person under every spelling the sources use, as a Person', async () => {
    expect(spellings.length).toBeGreaterThan(3);
    const { context, page, watch, collectViolations } = await watchedContext(browser);
    const misses: string[] = [];
    for (const { person, text } of spellings) {
      await page.goto(`${site.home}search/?q=${encodeURIComponent(text)}`);
      const found = (await results(page)).find((r) => r.href === withBase(base, entityPath('people', person)));
      if (!found) misses.push(`"${text}" does not find ${person}`);
      else if (!found.tags.includes('Kind: Person'))
        misses.push(`"${text}": the result for ${person} is tagged ${found.tags.join(', ')}`);
      await collectViolations();
    }
    await context.close();
    expect(misses).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.failures).toEqual([]);
    expect(foreignRequests(watch, site.origin)).toEqual([]);
    // The index was really fetched from the site.
    expect(watch.requests.some((u) => u.includes('/pagefind/'))).toBe(true);
  });

  it('runs from the header of any page by keyboard alone, and a result opens by Enter', async () => {
    const target = spellings[0]!;
    const { context, page, watch } = await watchedContext(browser);
    await page.goto(site.origin + withBase(base, entityPath('countries', people[0]!.data.country)));
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'site-search-q'; i += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type(target.text);
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(withBase(base, '/search/'));
    const href = withBase(base, entityPath('people', target.person));
    expect((await results(page)).map((r) => r.href)).toContain(href);
    // One field on the search page, holding the query: the header's own, empty, read as a second search.
    expect(await page.locator('input[type=search], input[type=text], input:not([type])').count()).toBe(1);
    expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe(target.text);
    // Tab from the search field to the result, then Enter.
    await page.locator('.pagefind-ui__search-input').focus();
    for (
      let i = 0;
      i < 40 && (await page.evaluate(() => document.activeElement?.getAttribute('href'))) !== href;
      i += 1
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), 'Tab reaches the result').toBe(
      href,
    );
    await Promise.all([page.waitForURL(site.origin + href), page.keyboard.press('Enter')]);
    await context.close();
    expect(watch.consoleErrors).toEqual([]);
  });

  it('reaches by Tab only controls a reader can see: Clear once there is a query to clear (WCAG 2.4.7)', async () => {
    const { context, page } = await watchedContext(browser);
    /** Each control of the search box that Tab reaches from its field, and whether it is drawn (not transparent). */
    const stopsAfterField = async () => {
      await page.locator('.pagefind-ui__search-input').focus();
      const stops: Array<{ name: string; seen: boolean }> = [];
      for (let i = 0; i < 5; i += 1) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el?.closest('.pagefind-ui__form') || el.closest('.pagefind-ui__drawer')) return null;
          return {
            name: el.textContent?.trim() || el.className,
            seen: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          };
        });
        if (!stop) break;
        stops.push(stop);
      }
      return stops;
    };
    // An empty field has nothing to clear: Pagefind draws its Clear button transparent, so it must not take focus.
    await page.goto(`${site.home}search/`);
    expect(await stopsAfterField()).toEqual([]);
    await page.goto(`${site.home}search/?q=${encodeURIComponent(spellings[0]!.text)}`);
    await results(page);
    expect(await stopsAfterField()).toEqual([{ name: 'Clear', seen: true }]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'draws the search field and the filter boxes with a boundary of 3:1 against the page in the %s scheme (WCAG 1.4.11)',
    async (scheme) => {
      const { context, page } = await watchedContext(browser, scheme);
      await page.goto(`${site.home}search/?q=${encodeURIComponent(spellings[0]!.text)}`);
      await results(page);
      await page.locator('.pagefind-ui__filter-name').first().click();
      const colours = await page.evaluate(() => {
        const border = (selector: string) => getComputedStyle(document.querySelector(selector)!).borderTopColor;
        return {
          ground: getComputedStyle(document.body).backgroundColor,
          field: border('.pagefind-ui__search-input'),
          box: border('.pagefind-ui__filter-checkbox:not(:checked)'),
        };
      });
      await context.close();
      expect(contrast(colours.field, colours.ground), `field ${colours.field} on ${colours.ground}`).toBeGreaterThan(3);
      expect(contrast(colours.box, colours.ground), `filter box ${colours.box} on ${colours.ground}`).toBeGreaterThan(
        3,
      );
    },
  );

  it('prints the words it found dark on light, from a screen in the dark scheme too (WCAG 1.4.3)', async () => {
    // The print rules left the dark screen's highlight: black words on dark yellow, 2.4:1.
    const { context, page } = await watchedContext(browser, 'dark');
    await page.goto(`${site.home}search/?q=${encodeURIComponent(spellings[0]!.text)}`);
    await results(page);
    await page.emulateMedia({ media: 'print' });
    const marks = await page
      .locator('.pagefind-ui__result mark')
      .evaluateAll((found) =>
        found.map((m) => ({ text: getComputedStyle(m).color, ground: getComputedStyle(m).backgroundColor })),
      );
    await context.close();
    expect(marks.length).toBeGreaterThan(0);
    for (const { text, ground } of marks) expect(contrast(text, ground), `${text} on ${ground}`).toBeGreaterThan(4.5);
  });

  it('prints the search it is and each result’s address, across the sheet, without its controls', async () => {
    // Printed, the results filled the right half of three sheets beside an empty filter, with Clear and Load more,
    // no address under any title, and the sheet's head named /search/ without the query.
    const { context, page } = await watchedContext(browser);
    const query = spellings[0]!.text;
    await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}`);
    await results(page);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      address: document.querySelector('.site-address')?.textContent ?? '',
      controls: [...document.querySelectorAll('.pagefind-ui__filter-panel, .pagefind-ui__button')]
        .filter((e) => getComputedStyle(e).display !== 'none')
        .map((e) => e.className),
      titles: [
        ...document.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-inner > .pagefind-ui__result-title a'),
      ].map((a) => ({
        href: a.href,
        after: getComputedStyle(a, '::after').content,
      })),
      widths: [...document.querySelectorAll('.pagefind-ui__result')].map(
        (r) => r.getBoundingClientRect().width / document.querySelector('main')!.getBoundingClientRect().width,
      ),
    }));
    await context.close();
    expect(printed.address).toBe(`Printed from ${page.url()}`);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(printed.controls).toEqual([]);
    expect(printed.titles.length).toBeGreaterThan(0);
    for (const { href, after } of printed.titles) expect(after).toBe(`" <${href}>"`);
    for (const width of printed.widths) expect(width).toBeGreaterThan(0.9);
  });

  it('keeps the query in the address as the reader changes it, so a reload or a copied link runs that query', async () => {
    // The page took ?q= once: after a new query was typed, the address still named the first, and a reload or a
    // shared link ran the old search.
    const [first, second] = [spellings[0]!, spellings.find((s) => s.person !== spellings[0]!.person)!];
    const { context, page } = await watchedContext(browser);
    await page.goto(`${site.home}search/?q=${encodeURIComponent(first.text)}`);
    await results(page);
    await page.locator('.pagefind-ui__search-input').fill(second.text);
    await page.waitForURL((url) => url.searchParams.get('q') === second.text);
    expect(new URL(page.url()).pathname).toBe(withBase(base, '/search/'));
    await page.reload();
    expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe(second.text);
    expect((await results(page)).map((r) => r.href)).toContain(withBase(base, entityPath('people', second.person)));
    // Clearing the field leaves an address with no query.
    await page.locator('.pagefind-ui__search-input').fill('');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await context.close();
  });

  it('clears the query from the address by its Clear button or Escape, each giving focus back to the field (WCAG 2.4.3)', async () => {
    // Pagefind's Clear and Escape empty the field without an input event: the address kept ?q=, a reload ran the
    // search again, and Clear and Escape left focus on the page itself.
    const { context, page } = await watchedContext(browser);
    const field = page.locator('.pagefind-ui__search-input');
    await page.goto(`${site.home}search/?q=${encodeURIComponent(spellings[0]!.text)}`);
    await results(page);
    await page.locator('.pagefind-ui__search-clear').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await page.waitForFunction(() => document.activeElement?.classList.contains('pagefind-ui__search-input'));
    expect(await field.inputValue()).toBe('');
    await field.fill(spellings[0]!.text);
    await page.waitForURL((url) => url.searchParams.has('q'));
    await field.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    expect(await field.inputValue()).toBe('');
    await page.waitForFunction(() => document.activeElement?.classList.contains('pagefind-ui__search-input'));
    // The field is named as the header's is; Pagefind named it by its hint.
    expect(await page.getByRole('textbox', { name: 'Search the record', exact: true }).count()).toBe(1);
    await context.close();
  });

  it('gives the line saying what a search found the lines a long query needs, on a phone', async () => {
    // Pagefind gives the line one line's height: a query of three lines ran over the filter and the first result.
    const query = sources.map((s) => s.data.title).join(' ');
    const { context, page } = await watchedContext(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}`);
    await messageFor(page, query);
    // Its text is within it (nothing overflows), and it is several lines high: the query runs to more than three.
    const fits = await page.locator('.pagefind-ui__message').evaluate((line) => ({
      ems: line.clientHeight / parseFloat(getComputedStyle(line).fontSize),
      over: line.scrollHeight - line.clientHeight,
    }));
    expect(fits.ems).toBeGreaterThan(3);
    expect(fits.over).toBeLessThan(1);
    await context.close();
  });

  it('keeps its results within the screen of a phone at 200 % zoom, 195 px wide', async () => {
    // Pagefind gives an excerpt a least width of 250 px (scaled): the results ran 47 px past the screen's edge.
    const { context, page } = await watchedContext(browser);
    await page.setViewportSize({ width: 195, height: 844 });
    await page.goto(`${site.home}search/?q=${encodeURIComponent(people[0]!.data.name)}`);
    expect((await results(page)).length).toBeGreaterThan(0);
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll('.pagefind-ui__result *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((e) => e.className),
    );
    expect(wider).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(195);
    await context.close();
  });

  it('moves nothing a reader sees, results included, as a linked search draws its field and results', async () => {
    // A link to a search (?q=) opened on a phone showed the footer under the intro, then pushed it off the screen
    // as Pagefind drew its field and the results came in: a layout shift of 0.24 (Lighthouse), where 0.1 is the
    // most a page may shift and still count as stable. Then the results themselves: Pagefind fills in each result
    // it first drew as a placeholder when its data comes, and a first result filled in after the second pushed
    // the second down (0.10 at 390 px on a loaded machine). Nothing shown may move, whatever order they come in.
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      const context = closeWhenTestEnds(await browser.newContext({ viewport }));
      await context.addInitScript(() => {
        const moved: string[] = [];
        (window as unknown as { __moved: typeof moved }).__moved = moved;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{
            value: number;
            hadRecentInput: boolean;
            sources: Array<{ node?: Node | null }>;
          }>) {
            if (entry.hadRecentInput) continue;
            const nodes = entry.sources.map((s) => s.node).filter((n): n is Element => n instanceof Element);
            const names = nodes.map((n) => `<${n.localName}${n.className ? ` class="${n.className}"` : ''}>`);
            moved.push(`${entry.value.toFixed(4)}: ${names.join(', ') || 'a node that is gone'}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(`${site.home}search/?q=${encodeURIComponent(spellings[0]!.text)}`);
      await results(page);
      // Settled: the status region is written half a second after the results stop changing.
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/\d+ results? for/);
      const moved = await page.evaluate(() => (window as unknown as { __moved: string[] }).__moved);
      await context.close();
      expect(moved, `layout shifts at ${viewport.width} px (value: what moved)`).toEqual([]);
    }
  });

  it('shows every result at last, placeholders too, when a result’s data never comes', async () => {
    // Results below a placeholder not yet filled in are hidden until it is (site.css): a placeholder whose data
    // failed to load (a dropped connection) would have hidden every result below it for good.
    const { context, page } = await watchedContext(browser);
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.goto(`${site.home}search/?q=${encodeURIComponent(spellings[0]!.text)}`);
    const shown = page.locator('.pagefind-ui__results > .pagefind-ui__result');
    await expect.poll(() => shown.count()).toBeGreaterThan(1);
    await expect
      .poll(() =>
        shown.evaluateAll((results) => results.filter((r) => getComputedStyle(r).visibility !== 'visible').length),
      )
      .toBe(0);
    // None was filled in: each is the placeholder it was drawn as.
    expect(await page.locator('.pagefind-ui__result-link').count()).toBe(0);
    await context.close();
  });

  it('shows a reader without JavaScript, on the first screen, where to find the records instead', async () => {
    // The room held for the results (site.css) is for a page whose script will fill it: without script it pushed
    // this note below a phone's screen.
    const context = closeWhenTestEnds(
      await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false }),
    );
    const page = await context.newPage();
    await page.goto(`${site.home}search/`);
    const note = page.locator('main .callout', { hasText: 'Search needs JavaScript' });
    await expect(note.count()).resolves.toBe(1);
    const box = await note.boundingBox();
    await context.close();
    expect(box, 'the note is drawn').not.toBeNull();
    expect(box!.y + box!.height, 'the note ends within the first screen').toBeLessThanOrEqual(844);
  });

  it('shows the search field’s hint whole on the narrowest phone, as the header’s field does', async () => {
    // The hint was cut off on a 390 px phone ("Search names, places, to"), the Clear button's room taken from it.
    const context = closeWhenTestEnds(await browser.newContext({ viewport: { width: 320, height: 640 } }));
    const page = await context.newPage();
    await page.goto(`${site.home}search/`);
    const field = page.locator('.pagefind-ui__search-input');
    const { hint, room, needed } = await field.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const hintStyle = getComputedStyle(input, '::placeholder');
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${hintStyle.fontStyle} ${hintStyle.fontWeight} ${hintStyle.fontSize} ${hintStyle.fontFamily}`;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return {
        hint: input.placeholder,
        room: input.clientWidth - padding,
        needed: context.measureText(input.placeholder).width,
      };
    });
    await context.close();
    expect(hint).not.toBe('');
    expect(needed, `"${hint}" is ${needed} px wide in ${room} px`).toBeLessThanOrEqual(room);
  });

  it('shows on a phone the field and the first result on the first screen, the account of search folded', async () => {
    // The page's account of how search works stood first: on a 390 × 844 phone the field came at 634 px, the first
    // result at the screen's foot. Below the field, which holds a screen's height, it would be out of sight.
    const context = closeWhenTestEnds(await browser.newContext({ viewport: { width: 390, height: 844 } }));
    const page = await context.newPage();
    await page.goto(`${site.home}search/?q=${encodeURIComponent(spellings[0]!.text)}`);
    await results(page);
    const bottom = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => e.getBoundingClientRect().bottom);
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
    expect(await bottom('.pagefind-ui__search-input')).toBeLessThan(844 / 2);
    expect(await bottom('.pagefind-ui__result-title')).toBeLessThan(844);
    expect(await top('.pagefind-ui__search-input')).toBeGreaterThan(await bottom('.search-help summary'));
    expect(await page.locator('.search-help').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await context.close();
  });

  it('tells a screen reader how many results it found, through a status region', async () => {
    const { context, page } = await watchedContext(browser);
    await page.goto(`${site.home}search/?q=${encodeURIComponent(spellings[0]!.text)}`);
    await results(page);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results? for /);
    expect(await status.textContent()).toBe((await page.locator('.pagefind-ui__message').textContent())?.trim());
    expect(await page.getByRole('search', { name: 'Search the record' }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('moves focus to the first result each “Load more results” adds, at the top of the view, and says how many are shown (WCAG 2.4.3)', async () => {
    // Pagefind draws the new results above its button and left focus on the button: the next Tab went to the footer,
    // past them, and the last load removed the button, so focus fell to the page itself.
    const { context, page, watch } = await watchedContext(browser);
    await page.goto(`${site.home}search/?q=China`);
    await results(page);
    const button = page.locator('.pagefind-ui__button');
    const shown = page.locator('.pagefind-ui__results > .pagefind-ui__result');
    const found = (await page.locator('.pagefind-ui__message').textContent())!.trim();
    expect(found).toMatch(/^\d+ results for China$/);
    let loads = 0;
    while ((await button.count()) > 0) {
      const before = await shown.count();
      await button.focus();
      await page.keyboard.press('Enter');
      loads += 1;
      await expect.poll(() => shown.count()).toBeGreaterThan(before);
      const added = shown.nth(before).locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a');
      await expect
        .poll(() => added.evaluate((link) => link === document.activeElement).catch(() => false), {
          message: `after load ${loads}, focus is on the first new result (${before + 1})`,
        })
        .toBe(true);
      // The first new result stands at the top of the view, or as near it as the page scrolls: focus alone left it at
      // the foot of the screen, the new results below it out of sight.
      const placed = await shown.nth(before).evaluate((result) => ({
        top: result.getBoundingClientRect().top,
        atEnd: scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
        height: innerHeight,
      }));
      expect(
        placed.atEnd || placed.top < placed.height / 4,
        `after load ${loads}, the first new result is ${placed.top} px down a ${placed.height} px view`,
      ).toBe(true);
      // From there, Tab goes on through the results it added, not to the footer.
      if ((await shown.count()) > before + 1) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('.pagefind-ui__result'))).toBe(true);
      }
      const last = (await button.count()) === 0;
      const status = last ? `Showing all ${found}` : `Showing ${await shown.count()} of ${found}`;
      await expect.poll(() => page.getByRole('status').textContent()).toBe(status);
    }
    expect(loads, 'China has more results than one load shows').toBeGreaterThan(1);
    // A new search shows its first results, and the status says how many it found again.
    await page.locator('.pagefind-ui__search-input').fill(spellings[0]!.text);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ results? for /);
    await context.close();
    expect(watch.consoleErrors).toEqual([]);
  });

  it('gives the title of a result in another language that language, as the page itself does (WCAG 3.1.2)', async () => {
    // The German source's headline, marked lang="de" wherever the site lists it, was read out as English among the
    // results.
    const foreign = new Map(
      sources
        .filter((s) => s.data.language !== 'en')
        .map((s) => [withBase(base, entityPath('sources', s.id)), s] as const),
    );
    expect(foreign.size).toBeGreaterThan(0);
    const { context, page } = await watchedContext(browser);
    const wrong: string[] = [];
    for (const [href, source] of foreign) {
      await page.goto(`${site.home}search/?q=${encodeURIComponent(source.data.title)}`);
      await results(page);
      const titles = await page
        .locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a')
        .evaluateAll((links) =>
          links.map((a) => ({ href: a.getAttribute('href') ?? '', lang: a.closest('[lang]')?.getAttribute('lang') })),
        );
      expect(titles.map((t) => t.href)).toContain(href);
      // Its tags say the language too, and that the page has the site's translation (every paragraph of a source
      // not in English has one: src/lib/excerpts.ts), and no English page's do.
      for (const { href: found, tags } of await results(page)) {
        const language = foreign.get(found) && LANGUAGE_NAMES[foreign.get(found)!.data.language];
        expect(
          tags.filter((t) => t.startsWith('Language: ')),
          found,
        ).toEqual(language ? [`Language: ${language}, with the site’s English translation`] : []);
      }
      for (const t of titles) {
        const lang = foreign.get(t.href)?.data.language ?? 'en';
        if (t.lang !== lang) wrong.push(`"${source.data.title}" finds ${t.href}, its title in ${t.lang}, not ${lang}`);
      }
    }
    await context.close();
    expect(wrong).toEqual([]);
  });

  it('gives the words of an excerpt the language the page gives them, and shows no metadata meant for the script (WCAG 3.1.2)', async () => {
    // Excerpts of the German source's headline and paragraphs were read out as English: only result titles had a lang.
    // The words searched for are those that a page of a source in another language has only in its headline and its
    // paragraphs as published, not in its English nor in the phrases of that language quoted within it.
    const wrong: string[] = [];
    let looked = 0;
    const { context, page } = await watchedContext(browser);
    for (const source of sources.filter((s) => s.data.language !== 'en')) {
      const path = entityPath('sources', source.id);
      const $ = readPage(outDir, path);
      // Each text node apart: cheerio's text() runs the words of neighbouring blocks together.
      const textOf = (selection: ReturnType<typeof $>) =>
        selection
          .find('*')
          .addBack()
          .contents()
          .filter((_, node) => node.type === 'text')
          .map((_, node) => $(node).text())
          .get()
          .join(' ');
      const blocks = $(`main :is(h1, .original)[lang="${source.data.language}"]`);
      const foreign = textOf(blocks);
      blocks.remove();
      const elsewhere = new Set(
        textOf($('main'))
          .toLowerCase()
          .split(/[^\p{L}]+/u),
      );
      const words = [...new Set(foreign.split(/[^\p{L}]+/u))]
        .filter((w) => w.length >= 8 && !elsewhere.has(w.toLowerCase()))
        .slice(0, 4);
      expect(words.length, path).toBe(4);
      for (const word of words) {
        await page.goto(`${site.home}search/?q=${encodeURIComponent(word)}`);
        await results(page);
        const found = await page.locator('.pagefind-ui__result').evaluateAll(
          (nodes, href) =>
            nodes
              .filter((n) => n.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') === href)
              .map((n) => ({
                marks: [...n.querySelectorAll('.pagefind-ui__result-excerpt mark')].map((m) => ({
                  text: m.textContent ?? '',
                  lang: m.closest('[lang]')?.getAttribute('lang'),
                })),
                tags: [...n.querySelectorAll('.pagefind-ui__result-tag')].map((t) => t.textContent?.trim() ?? ''),
              })),
          withBase(base, path),
        );
        expect(found.length, `"${word}" finds ${path}`).toBe(1);
        for (const { marks, tags } of found) {
          looked += marks.length;
          for (const m of marks)
            if (m.lang !== source.data.language)
              wrong.push(`"${word}": ${m.text} in ${m.lang}, not ${source.data.language}`);
          // Kind and, for a source in another language, Language: no key meant for the script (text_lang).
          for (const tag of tags)
            if (
              !tag.startsWith('Kind: ') &&
              tag !== `Language: ${LANGUAGE_NAMES[source.data.language]}, with the site’s English translation`
            )
              wrong.push(`"${word}": the result shows "${tag}"`);
        }
      }
    }
    await context.close();
    expect(looked, 'found words in excerpts').toBeGreaterThan(3);
    expect([...new Set(wrong)]).toEqual([]);
  });

  type Data = { url: string; content: string; excerpt: string; sections: Section[] };
  // Several tests ask for the same spellings: each query is searched once a build (Pagefind's results depend only on
  // the index and the query), and each caller gets its own copy.
  const searched = new Map<string, Promise<Data[]>>();

  /**
   * Every result of a query, read through Pagefind's own API, not the first few its UI shows: its text, and the
   * sections the search page shows under it (their anchors, excerpts), picked from Pagefind's as the page's script
   * picks them (sectionsToShow).
   */
  async function allData(query: string): Promise<Data[]> {
    // A search that failed is not kept: the next test to ask searches again.
    if (!searched.has(query))
      searched.set(
        query,
        searchAll(query).catch((error: unknown) => {
          searched.delete(query);
          throw error;
        }),
      );
    return (await searched.get(query)!).map((r) => ({ ...r, sections: r.sections.map((s) => ({ ...s })) }));
  }

  async function searchAll(query: string): Promise<Data[]> {
    const { context, page } = await watchedContext(browser);
    await page.goto(`${site.home}search/`);
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const found: Data[] = await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(withBase(base, '/pagefind/pagefind.js'))});
      await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
      const search = await pagefind.search(${JSON.stringify(query)});
      return Promise.all(search.results.map(async (r) => {
        const { url, content, excerpt, sub_results } = await r.data();
        const sections = sub_results.map((s) => ({ url: s.url, excerpt: s.excerpt, weighted_locations: s.weighted_locations }));
        return { url, content, excerpt, sections };
      }));
    })()`);
    await context.close();
    return found.map((r) => ({ ...r, sections: sectionsToShow(r.url, r.sections) }));
  }
  const allResults = async (query: string) => (await allData(query)).map((r) => r.url);

  it('finds every meeting of a person and every source naming them under each spelling the sources use', async () => {
    // A meeting page names a participant once, as the record does ("Ramazon Rahimzoda"); a reader who has only the
    // spelling of another source ("Rakhimzoda", "Bobozhonov") must still find the meetings, and the sources that spell
    // the name otherwise. Each spelling is searched whole, and by each word of it no other spelling of the name has.
    const misses: string[] = [];
    for (const person of people.filter((p) => p.data.spellings.length > 1)) {
      const texts = person.data.spellings.map((s) => s.text);
      const own = ownWords(person.data.spellings).map((o) => o.word);
      const expected = [
        ...meetings
          .filter(
            (m) =>
              m.data.participants.some((p) => p.person === person.id) ||
              mentionsIn(m.data).some((x) => x.person === person.id),
          )
          .map((m) => entityPath('meetings', m.id)),
        ...new Set(person.data.spellings.flatMap((s) => s.cites.map((c) => entityPath('sources', c.split('#')[0]!)))),
      ].map((p) => withBase(base, p));
      expect(expected.length).toBeGreaterThan(1);
      for (const query of [...texts, ...own]) {
        const found = await allResults(query);
        for (const href of expected) if (!found.includes(href)) misses.push(`"${query}" does not find ${href}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('ranks first, for a spelling only some sources use, the person, their meetings and the sources that spell it so', async () => {
    // "Rakhimzoda" listed six organizations whose notes quote the minister, and Afghanistan, above the two meetings he
    // took part in and the interview that spells his name so (fourteenth): each matched only the names a page carries
    // for the index, and a short page outranks a long one.
    const misplaced: string[] = [];
    for (const person of people.filter((p) => p.data.spellings.length > 1)) {
      const own = withBase(base, entityPath('people', person.id));
      for (const { word, spelling } of ownWords(person.data.spellings)) {
        const expected = new Set([
          ...meetings
            .filter((m) => m.data.participants.some((p) => p.person === person.id))
            .map((m) => withBase(base, entityPath('meetings', m.id))),
          ...spelling.cites.map((c) => withBase(base, entityPath('sources', c.split('#')[0]!))),
        ]);
        const found = await allResults(word);
        if (found[0] !== own) misplaced.push(`"${word}": first ${found[0]}, not ${own}`);
        const firstOther = found.findIndex((u) => u !== own && !expected.has(u));
        for (const href of expected) {
          const at = found.indexOf(href);
          if (at < 0 || (firstOther >= 0 && at > firstOther))
            misplaced.push(`"${word}": ${href} at ${at + 1}, below ${found[firstOther]} at ${firstOther + 1}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
    // The search page ranks as these searches do.
    const { word } = ownWords(people.find((p) => p.data.spellings.length > 1)!.data.spellings)[0]!;
    const { context, page } = await watchedContext(browser);
    await page.goto(`${site.home}search/?q=${encodeURIComponent(word)}`);
    const shown = (await results(page)).map((r) => r.href);
    await context.close();
    expect(shown).toEqual((await allResults(word)).slice(0, shown.length));
  });

  /** The words a result is titled by: its page's heading, and an organization's abbreviation, as the built page gives them. */
  const titleOf = (url: string) => {
    const $ = readPage(outDir, url.slice(base.length - 1));
    return `${$('h1').text()} ${$('[data-pagefind-meta="abbreviation"]').text()}`;
  };
  const inTitle = (word: string, url: string) => new RegExp(`\\b${escapeRegExp(word)}\\b`).test(titleOf(url));

  it('ranks first, for a year searched alone, the records dated to it and those titled by it', async () => {
    // "2017" found China's page and the methodology, which name many years, above the meetings, sources and agreement
    // of 2017.
    const dated = [
      ...meetings.map((m) => [entityPath('meetings', m.id), m.data.date.value] as const),
      ...events.map((e) => [entityPath('events', e.id), e.data.date.value] as const),
      ...sources.map((s) => [entityPath('sources', s.id), s.data.published.value] as const),
      ...agreements.flatMap((a) =>
        a.data.signed ? [[entityPath('agreements', a.id), a.data.signed.value] as const] : [],
      ),
    ];
    const years = [...new Set(dated.flatMap(([, date]) => yearsOfDate(date)))].sort();
    expect(years.length).toBeGreaterThan(5);
    const misplaced: string[] = [];
    for (const year of years) {
      const own = dated.filter(([, date]) => yearsOfDate(date).includes(year)).map(([path]) => withBase(base, path));
      const found = await allResults(year);
      const firstOther = found.findIndex((url) => !own.includes(url) && !inTitle(year, url));
      for (const href of own) {
        const at = found.indexOf(href);
        if (at < 0 || (firstOther >= 0 && at > firstOther))
          misplaced.push(`"${year}": ${href} at ${at + 1}, below ${found[firstOther]} at ${firstOther + 1}`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('ranks an organization by its abbreviation as by its title: only pages with the word in their titles above it', async () => {
    // "MIA" found the interview that uses it above two of the three ministries so abbreviated, and "Interpol" the
    // organization at a third of the score of the events with the word in their titles.
    const abbreviated = organizations.filter((o) => o.data.abbreviation);
    expect(abbreviated.length).toBeGreaterThan(3);
    const misplaced: string[] = [];
    for (const o of abbreviated) {
      const word = o.data.abbreviation!.text;
      const own = withBase(base, entityPath('organizations', o.id));
      const found = await allResults(word);
      expect(found, word).toContain(own);
      for (const above of found.slice(0, found.indexOf(own)))
        if (!inTitle(word, above)) misplaced.push(`"${word}": ${above} above ${own}, with no "${word}" in its title`);
    }
    expect(misplaced).toEqual([]);
  });

  it('shows the spellings a page carries for the index alone beside its title, not as words of a section', async () => {
    // A meeting found by "Rakhimzoda", a spelling only the index holds for it, showed that spelling in the excerpt of
    // its last section ("Topics … Ramazon Rahimzoda, Ramazon Rakhimzoda, Rahimzoda Ramazon Hamro."), as if the
    // topics named him so.
    const wrong: string[] = [];
    let sections = 0;
    for (const person of people.filter((p) => p.data.spellings.length > 1)) {
      const names = spellingsForSearch([person.data]).split(', ');
      const pairs = names.slice(1).map((name, i) => `${names[i]}, ${name}`);
      for (const { text } of person.data.spellings) {
        for (const result of await allData(text)) {
          for (const section of result.sections.filter((s) => s.url.includes('#'))) {
            sections++;
            const excerpt = section.excerpt.replace(/<[^>]+>/g, '');
            if (pairs.some((pair) => excerpt.includes(pair))) wrong.push(`"${text}": ${section.url}: ${excerpt}`);
          }
        }
      }
    }
    expect(sections).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('labels the spellings a page carries for the index alone, so a result found by its title does not run into a bare list of names', async () => {
    // The Tashkent talks, found by "Tashkent" while their title named the city, showed "… in Tashkent. Pulat Bobojonov,
    // Pulat Bobozhonov. Date: 1": a list of names with nothing to say what it was.
    const wrong: string[] = [];
    let looked = 0;
    for (const person of people.filter((p) => p.data.spellings.length > 1)) {
      // Only the hidden paragraph joins all of a person's names with commas; others' names may come before them in it.
      const list = spellingsForSearch([person.data]);
      for (const result of await allData(person.data.spellings[0]!.text)) {
        if (!result.content.includes(list)) continue;
        looked++;
        if (
          !new RegExp(`${escapeRegExp(NAMED_SPELLINGS_TERM)}: (?:[^.:]+, )?${escapeRegExp(list)}`).test(result.content)
        )
          wrong.push(
            `${result.url}: …${result.content.slice(Math.max(0, result.content.indexOf(list) - 60)).slice(0, 160)}`,
          );
      }
    }
    expect(looked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('shows a person’s spellings and roles in a result one by one, each ended, not run into the next', async () => {
    // "Spellings in the sources Ramazon Rahimzoda Ramazon Rakhimzoda Rahimzoda Ramazon Hamro Meetings.": the list's
    // items ran together in the person's excerpt, with nothing to tell where one spelling ends and the next begins.
    /** The items in order, each followed by a mark that ends it (the index adds a full stop after a block). */
    const ended = (items: readonly string[]) =>
      new RegExp(`${items.map((t) => `${escapeRegExp(t.replace(/[.!?]$/, ''))}[.;,!?]`).join(' ')}(?: |$)`);
    const wrong: string[] = [];
    for (const person of people) {
      const result = (await allData(person.data.spellings[0]!.text)).find(
        (r) => r.url === withBase(base, entityPath('people', person.id)),
      );
      if (!result) {
        wrong.push(`"${person.data.spellings[0]!.text}" does not find ${person.id}`);
        continue;
      }
      for (const [term, items] of [
        ['Roles as reported', person.data.roles.map((r) => r.title)],
        ['Spellings in the sources', person.data.spellings.map((s) => s.text)],
      ] as const) {
        if (!new RegExp(`${term}: ${ended(items).source}`).test(result.content))
          wrong.push(`${person.id}: ${result.content.slice(result.content.indexOf(term)).slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows a source found by a name in its own words, not only in the titles of the records citing it', async () => {
    // Each paragraph's "Cited by" line packs the titles of meetings that name the same people ("Alexander Lukashenko
    // meets Guo Shengkun …; Alexander Lukashenko …"), so a source's result showed that list and none of its text.
    // An excerpt's text as the page's indexed text holds it: no tags, every entity decoded.
    const plain = (html: string) => cheerio.load(html, null, false).text();
    const wrong: string[] = [];
    let looked = 0;
    for (const { text } of people.flatMap((p) => p.data.spellings)) {
      for (const result of (await allData(text)).filter((r) => /\/sources\/[^/]+\/$/.test(r.url))) {
        // Where each paragraph's "Cited by" line stands in the text the index holds for the page.
        const citedBy = [...result.content.matchAll(/Cited by: .*?(?= Paragraph ¶\d|$)/g)].map((m) => ({
          from: m.index,
          to: m.index + m[0].length,
        }));
        expect(citedBy.length, result.url).toBeGreaterThan(0);
        for (const excerpt of [result.excerpt, ...result.sections.map((s) => s.excerpt)]) {
          const start = result.content.indexOf(plain(excerpt));
          expect(start, `"${plain(excerpt)}" in the indexed text of ${result.url}`).toBeGreaterThanOrEqual(0);
          // Where each word the search found stands in that text.
          const found = [...excerpt.matchAll(/<mark>/g)].map((m) => start + plain(excerpt.slice(0, m.index)).length);
          if (found.length === 0) continue;
          looked++;
          if (found.every((at) => citedBy.some((c) => c.from <= at && at < c.to)))
            wrong.push(`"${text}": ${result.url}: ${plain(excerpt)}`);
        }
      }
    }
    expect(looked, 'excerpts of sources').toBeGreaterThan(10);
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('shows under a source the paragraphs that spell a name, each linked to the paragraph itself', async () => {
    // A source's result had one section, its whole text, linked to the top of the excerpt: a reader looked for the
    // paragraph. Each paragraph is now a section (data-pagefind-title). Read off the search page as drawn, with
    // "Load more results" pressed until the source's result is shown.
    const { context, page } = await watchedContext(browser);
    const misses: string[] = [];
    let looked = 0;
    for (const spelling of people.flatMap((p) => p.data.spellings)) {
      await page.goto(`${site.home}search/?q=${encodeURIComponent(spelling.text)}`);
      for (const [sourceId, paragraphs] of Map.groupBy(spelling.cites, (c) => c.split('#')[0]!)) {
        const url = withBase(base, entityPath('sources', sourceId));
        const result = await shownResult(page, url);
        if (!result) {
          misses.push(`"${spelling.text}": no result for ${sourceId}`);
          continue;
        }
        looked++;
        const shown = await result
          .locator('.pagefind-ui__result-nested .pagefind-ui__result-link')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        const cited = paragraphs.map((c) => `${url}#${c.split('#')[1]}`);
        if (!shown.some((href) => cited.includes(href)))
          misses.push(
            `"${spelling.text}": ${sourceId} shows ${shown.join(', ') || 'no section'}, cites ${cited.join(', ')}`,
          );
      }
    }
    await context.close();
    expect(looked).toBeGreaterThanOrEqual(people.length);
    expect(misses).toEqual([]);
  });

  it('indexes the pages a search for “Participants” finds without the hidden names of their section links', async () => {
    const found = await allData('Participants');
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((r) => r.content.includes('Link to the section')).map((r) => r.url)).toEqual([]);
  });

  it('finds a meeting by its title, and not the pages that merely list it', async () => {
    // The timeline, the meetings index, the year pages and the host countries' pages list every meeting: before
    // lists of other records left the index, a meeting's title found all of them.
    const meeting = meetings.find((m) => m.data.title.split(' ').length >= 4)!;
    const found = await allResults(meeting.data.title);
    expect(found).toContain(withBase(base, entityPath('meetings', meeting.id)));
    const year = meeting.data.date.value.slice(0, 4);
    const listers = [
      '/timeline/',
      '/meetings/',
      `/timeline/${year}/`,
      `/meetings/${year}/`,
      ...realGraph()
        .countriesOfMeeting(meeting.id)
        .map((c) => entityPath('countries', c)),
    ];
    expect(found.filter((href) => listers.map((p) => withBase(base, p)).includes(href))).toEqual([]);
  });

  it('finds a person and a source by name, and not the index pages listing them', async () => {
    const person = people.find((p) => p.data.spellings.length > 1)!;
    const found = await allResults(person.data.spellings[1]!.text);
    expect(found).toContain(withBase(base, entityPath('people', person.id)));
    expect(found).not.toContain(withBase(base, '/people/'));
    const source = sources.find((s) => s.data.title.split(' ').length >= 4)!;
    const foundSource = await allResults(source.data.title);
    expect(foundSource).toContain(withBase(base, entityPath('sources', source.id)));
    expect(foundSource).not.toContain(withBase(base, '/sources/'));
  });

  /** How many results Pagefind alone finds for a query, not through the search page's module. */
  const pagefindAlone = (page: Page, query: string): Promise<number> =>
    // A string, not a function: vitest would rewrite a function's import() for Node.
    page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(withBase(base, '/pagefind/pagefind.js'))});
      return (await pagefind.search(${JSON.stringify(query)})).results.length;
    })()`);
  /** The message Pagefind's UI shows above the results once it has searched for this query ("Searching for…" before). */
  const messageFor = async (page: Page, query: string) => {
    const message = page.locator('.pagefind-ui__message');
    const done = new RegExp(`^(${escapeRegExp(noResults(query))}|\\d+ results? for ${escapeRegExp(query)})$`);
    await expect.poll(async () => (await message.textContent())?.trim(), { timeout: 10_000 }).toMatch(done);
    return (await message.textContent())!.trim();
  };
  /** What the search page says it found for a query, beside what Pagefind alone finds. */
  const shownAndAlone = async (page: Page, query: string) => {
    await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}`);
    return { shown: await messageFor(page, query), alone: await pagefindAlone(page, query) };
  };
  const resultsMessage = (n: number, query: string) =>
    n ? `${n} result${n === 1 ? '' : 's'} for ${query}` : noResults(query);
  /** The built site's words under a key, as its search page reads them (search-module/words/). */
  const siteLists = readSearchWords(outDir);
  const siteList = (key: string): string[] => siteLists.get(key) ?? [];
  /** Whether a word of the built site begins with this one. */
  const siteBegins = (word: string) => hasWordBeginning(siteList(wordsKey(word)), word);
  /** The words of the source excerpts, in lower case, of at least so many letters. */
  const excerptWords = (letters: number) => [
    ...new Set(
      sources.flatMap((s) =>
        s.paragraphs.flatMap((p) => p.text.match(new RegExp(`\\b[a-z]{${letters},}\\b`, 'g')) ?? []),
      ),
    ),
  ];

  it('finds nothing for a word the record does not have, which Pagefind alone looks up as a shorter word', async () => {
    // Pagefind looks a word its index lacks up as the longest indexed word that begins it: a name the record does not
    // have found the pages with its first letters, as if they named it.
    const names = spellings.slice(0, 2).map((s) => s.text.split(' ')[0]!);
    const queries = [...names.map((name) => `${name}qzx`), `${names[0]} ${names[1]}qzx`];
    const { context, page, watch } = await watchedContext(browser);
    for (const query of queries) {
      expect(await isKnownWord(queryWords(query).at(-1)!, siteList), query).toBe(false);
      const { shown, alone } = await shownAndAlone(page, query);
      expect(shown).toBe(noResults(query));
      expect(alone, `Pagefind alone finds pages for ${query}`).toBeGreaterThan(0);
      expect(await page.locator('.pagefind-ui__result').count()).toBe(0);
      // The kind filter counts no page of any kind, and a screen reader is told. The counts are drawn after the
      // message: wait for them. (A run of CI read the record's totals here, "Agreement (9)": not a wait too short, as
      // first thought, but the filter lists loading after the search, which the page now waits for.)
      const counts = () => page.locator('.pagefind-ui__filter-value').allTextContents();
      await expect.poll(async () => (await counts()).filter((count) => !/\(0\)\s*$/.test(count))).toEqual([]);
      expect((await counts()).length, query).toBeGreaterThan(0);
      await expect.poll(() => page.getByRole('status').textContent()).toBe(noResults(query));
    }
    // What the message advises works: the first letters of a name the reader misspelled find the person.
    for (const { person, text } of spellings.slice(0, 2)) {
      await page.goto(`${site.home}search/?q=${encodeURIComponent(text.split(' ')[0]!.slice(0, 5))}`);
      expect(await shownResult(page, withBase(base, entityPath('people', person))), text).toBeDefined();
    }
    await context.close();
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failures).toEqual([]);
  });

  it('finds, as Pagefind alone does, a word cut short and a form of a word that no page has as it is', async () => {
    // "cooperat" begins "cooperation"; a word with an -s or -ed added that no page has is found where the word is.
    const cutShort = excerptWords(11)
      .slice(0, 3)
      .map((w) => w.slice(0, -3));
    const otherForms = excerptWords(6)
      .filter((w) => /[^aeiouys]$/.test(w))
      .flatMap((w) => [`${w}s`, `${w}ed`])
      .filter((w) => !siteBegins(w))
      .slice(0, 3);
    expect(cutShort.length).toBe(3);
    expect(otherForms.length).toBe(3);
    const { context, page } = await watchedContext(browser);
    for (const query of [...cutShort, ...otherForms]) {
      const { shown, alone } = await shownAndAlone(page, query);
      expect(alone, `Pagefind alone finds pages for ${query}`).toBeGreaterThan(0);
      expect(shown).toBe(resultsMessage(alone, query));
    }
    await context.close();
  });

  it('reads a query as the reader means it: typed quotation marks, an apostrophe typed as an accent, a hyphenated pair', async () => {
    const { context, page } = await watchedContext(browser);
    // A phrase in typed quotation marks is searched as a phrase, as in straight ones: its words in that order only.
    const title = meetings.map((m) => m.data.title).find((t) => /^\S+ \S+ /.test(t))!;
    const [first, second] = title.split(' ');
    for (const [open, close] of [
      ['“', '”'],
      ['‘', '’'],
      ['„', '“'],
    ]) {
      for (const phrase of [`${first} ${second}`, `${second} ${first}`]) {
        const { shown } = await shownAndAlone(page, `${open}${phrase}${close}`);
        expect(shown).toBe(resultsMessage(await pagefindAlone(page, `"${phrase}"`), `${open}${phrase}${close}`));
      }
    }
    expect(await pagefindAlone(page, `"${first} ${second}"`)).toBeGreaterThan(0);
    // "Tajikistan´s", typed with an accent for the apostrophe, finds what "Tajikistan’s" finds.
    const possessive = sources.flatMap((x) =>
      x.paragraphs.flatMap((p) => p.text.match(/\b[A-Z][a-z]+’s\b/g) ?? []),
    )[0]!;
    expect(possessive).toBeDefined();
    const { shown: withApostrophe } = await shownAndAlone(page, possessive);
    expect(withApostrophe).toMatch(/^\d+ results? for /);
    for (const typed of ['´', '`', 'ʼ']) {
      const query = possessive.replace('’', typed);
      expect((await shownAndAlone(page, query)).shown).toBe(withApostrophe.replace(possessive, query));
    }
    // Two names joined by a hyphen, which no page joins, find what the two names find.
    const [given, family] = people.find((p) => p.data.name.split(' ').length === 2)!.data.name.split(' ');
    expect(siteBegins(queryWords(`${given}${family}`)[0]!)).toBe(false);
    const { shown: apart } = await shownAndAlone(page, `${given} ${family}`);
    expect(apart).toMatch(/^\d+ results? for /);
    const joined = `${given}-${family}`;
    expect((await shownAndAlone(page, joined)).shown).toBe(apart.replace(`${given} ${family}`, joined));
    await context.close();
  });

  it.runIf(base === '/')(
    'finds for every word of the record, and every beginning of it, what Pagefind alone finds',
    async () => {
      // Every word the index holds and its beginnings of three letters or more, searched in the page through the
      // search page's module and through Pagefind's: the module may find less only for a word the record lacks.
      const words = [...siteLists.values()].flat();
      const queries = [...new Set(words.flatMap((w) => [w, ...[...w].slice(3).map((_, i) => w.slice(0, i + 3))]))];
      expect(queries.length).toBeGreaterThan(words.length);
      const { context, page } = await watchedContext(browser);
      await page.goto(`${site.home}search/`);
      const lost: string[] = await page.evaluate(`(async () => {
        const module = await import(${JSON.stringify(withBase(base, '/search-module/pagefind.js'))});
        const pagefind = await import(${JSON.stringify(withBase(base, '/pagefind/pagefind.js'))});
        const lost = [];
        for (const query of ${JSON.stringify(queries)}) {
          const [shown, alone] = await Promise.all([module.search(query), pagefind.search(query)]);
          if (shown.results.length !== alone.results.length) lost.push(query);
        }
        return lost;
      })()`);
      await context.close();
      expect(lost).toEqual([]);
    },
    120_000,
  );

  it('keeps the kinds ticked in the address, opens a link with them ticked, and finds pages of any kind ticked', async () => {
    const query = spellings[0]!.text;
    const { context, page } = await watchedContext(browser);
    /** How many results the search finds with these kinds in its address, once its results are all of them. */
    const found = async (kinds: string[]) => {
      await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}${kinds.map((k) => `&kind=${k}`).join('')}`);
      const n = Number((await messageFor(page, query)).split(' ')[0]);
      const ticked = await page
        .locator('.pagefind-ui__filter-checkbox:checked')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      expect(ticked.sort()).toEqual([...kinds].sort());
      for (const tag of (await results(page)).flatMap((r) => r.tags).filter((t) => t.startsWith('Kind: ')))
        expect(kinds.map((k) => `Kind: ${k}`)).toContain(tag);
      return n;
    };
    const people = await found(['Person']);
    const meetings = await found(['Meeting']);
    expect(people).toBeGreaterThan(0);
    expect(meetings).toBeGreaterThan(0);
    // A page is of one kind: two kinds ticked find the pages of either, not of both (none).
    expect(await found(['Person', 'Meeting'])).toBe(people + meetings);
    // A kind the address names is shown ticked in an open filter; one the index does not have is dropped.
    await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}&kind=person&kind=Foo`);
    await messageFor(page, query);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['Person']);
    const person = page.locator('.pagefind-ui__filter-checkbox[value="Person"]');
    await expect.poll(() => person.isVisible()).toBe(true);
    expect(await person.isChecked()).toBe(true);
    expect(Number((await messageFor(page, query)).split(' ')[0])).toBe(people);
    // Ticking a kind puts it in the address, with the query; clearing it takes it out.
    await found(['Person', 'Meeting']);
    // Each kind not ticked counts what ticking it adds. The counts are drawn after the message: wait for them.
    const sourcesAlone = await found(['Source']);
    await found(['Person', 'Meeting']);
    const sources = page.locator('.pagefind-ui__filter-value', { hasText: 'Source' });
    await expect.poll(() => sources.textContent()).toContain(`(${sourcesAlone})`);
    await page.locator('.pagefind-ui__filter-checkbox[value="Source"]').check();
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('kind').sort())
      .toEqual(['Meeting', 'Person', 'Source']);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await page.locator('.pagefind-ui__filter-checkbox[value="Person"]').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('kind').sort()).toEqual(['Meeting', 'Source']);
    await context.close();
  });

  it('ranks a search in quotation marks as the same words unquoted: a name in quotation marks finds its person first', async () => {
    // Pagefind's exact search scores every page it finds alike, and lists them in the index's order: the page told
    // readers that quoted words are found together, and "Ramazon Rakhimzoda" listed the minister's page last of 21.
    const names = people.flatMap((p) =>
      [...new Set([p.data.name, ...p.data.spellings.map((s) => s.text)])].map((text) => ({ person: p.id, text })),
    );
    const { context, page } = await watchedContext(browser);
    const misses: string[] = [];
    for (const { person, text } of names.filter((n) => n.text.includes(' '))) {
      const query = `"${text}"`;
      await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}`);
      const first = (await results(page))[0]?.href;
      if (first !== withBase(base, entityPath('people', person))) misses.push(`${query} lists ${first} first`);
    }
    await context.close();
    expect(misses).toEqual([]);
  });

  it('finds a record by its date as the data files and its address write it (2024-04-01), as by the page’s', async () => {
    // The pages write "1 April 2024": a date copied from a CSV file or an address found nothing.
    const dated = [
      ...meetings.map((m) => ({ kind: 'meetings' as const, id: m.id, date: m.data.date.value })),
      ...events.map((e) => ({ kind: 'events' as const, id: e.id, date: e.data.date.value })),
      ...agreements.flatMap((a) =>
        a.data.signed ? [{ kind: 'agreements' as const, id: a.id, date: a.data.signed.value }] : [],
      ),
    ].filter((r) => /^\d{4}-\d{2}(-\d{2})?$/.test(r.date));
    expect(dated.filter((r) => r.date.length === 10).length).toBeGreaterThan(3);
    const { context, page } = await watchedContext(browser);
    const misses: string[] = [];
    for (const { kind, id, date } of dated) {
      await page.goto(`${site.home}search/?q=${encodeURIComponent(date)}`);
      if (!(await results(page)).some((r) => r.href === withBase(base, entityPath(kind, id))))
        misses.push(`"${date}" does not find ${kind}/${id} among the first results`);
    }
    await context.close();
    expect(misses).toEqual([]);
  });

  it('counts each kind among the results of a search opened from a link, however late the filter lists load', async () => {
    // Pagefind's UI asks for the filter lists as it starts; a search run before they had loaded counted no kind,
    // and the lists, when they came, showed every kind's count of the whole record ("Agreement (9)") beside the
    // results. Seen on a reader's machine 2 times in 7 and in a run of CI; here the lists are held back to make it so.
    const query = countries.find((c) => c.id === people[0]!.data.country)!.data.name;
    const { context, page } = await watchedContext(browser);
    await context.route(/\/pagefind\/filter\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}`);
    const found = Number((await messageFor(page, query)).split(' ')[0]);
    expect(found).toBeGreaterThan(0);
    // A page is of one kind: the kinds' counts add up to the results, and none of them is more.
    const counts = async () =>
      (await page.locator('.pagefind-ui__filter-value').allTextContents()).map((t) => Number(/\((\d+)\)/.exec(t)?.[1]));
    await expect.poll(async () => (await counts()).reduce((sum, n) => sum + n, 0)).toBe(found);
    expect((await counts()).length).toBeGreaterThan(1);
    expect(Math.max(...(await counts()))).toBeLessThan(found + 1);
    await context.close();
  });

  /**
   * A search for the country of the first person, which many pages name, with "Load more results" pressed once: how
   * many results it showed before.
   */
  const searchAndLoadMore = async (page: Page) => {
    const query = countries.find((c) => c.id === people[0]!.data.country)!.data.name;
    await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}`);
    const first = (await results(page)).length;
    await page.locator('.pagefind-ui__button').click();
    await expect.poll(async () => (await results(page)).length).toBeGreaterThan(first);
    return first;
  };

  it('shows, back from a result, as many results as were shown, scrolled as they were', async () => {
    // Pagefind's UI drew the first five again, at the top: a reader who had loaded more lost their place.
    const { context, page } = await watchedContext(browser);
    await searchAndLoadMore(page);
    const shown = (await results(page)).length;
    const y = await page.evaluate(() => {
      scrollTo(0, document.documentElement.scrollHeight - innerHeight - 40);
      return scrollY;
    });
    expect(y).toBeGreaterThan(200);
    const followed = await page.locator('.pagefind-ui__result-link').last().getAttribute('href');
    await Promise.all([
      page.waitForURL((url) => !url.pathname.endsWith('/search/')),
      page.locator('.pagefind-ui__result-link').last().click(),
    ]);
    await page.goBack();
    expect(
      await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type),
    ).toBe('back_forward');
    await expect.poll(async () => (await results(page)).length).toBe(shown);
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(y);
    // Focus is back on the result followed, so Tab goes on from there: once it is drawn, which may be after the
    // page is scrolled (a result below one not yet filled in is hidden until it is).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(followed);
    await context.close();
  });

  it('gives focus back, on coming back, to a result that “Load more results” had added', async () => {
    // Pagefind fills each result in as its data comes: the result followed, drawn after the last one shown, was
    // looked for once, before it was there, and focus fell to the page.
    const { context, page } = await watchedContext(browser);
    const first = await searchAndLoadMore(page);
    const added = page.locator('.pagefind-ui__results > .pagefind-ui__result').nth(first);
    const link = added.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a');
    const followed = await link.getAttribute('href');
    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/search/')), link.click()]);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(followed);
    await context.close();
  });

  it('names the link of each section of a result by its heading alone, not the arrow drawn before it', async () => {
    const { context, page } = await watchedContext(browser);
    await page.goto(`${site.home}search/?q=${encodeURIComponent(spellings[0]!.text)}`);
    await results(page);
    const sections = page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link');
    await expect.poll(() => sections.count()).toBeGreaterThan(0);
    // Each link's name, as a screen reader is given it, is the heading it shows and nothing more.
    for (const link of await sections.all()) {
      const heading = (await link.textContent())!.replace(/\s+/g, ' ').trim();
      expect(heading).not.toBe('');
      expect(await link.ariaSnapshot()).toMatch(new RegExp(`^- link "${escapeRegExp(heading)}"`));
    }
    await context.close();
  });

  it('searches as Pagefind alone does when the record’s words cannot be read', async () => {
    const { context, page } = await watchedContext(browser);
    await page.route('**/search-module/words/**', (route) => route.fulfill({ status: 500, body: '' }));
    const query = spellings[0]!.text;
    const { shown, alone } = await shownAndAlone(page, query);
    expect(alone).toBeGreaterThan(0);
    expect(shown).toBe(resultsMessage(alone, query));
    await context.close();
  });

  it('says so when a copy of the site has no search index', async () => {
    const page = closeWhenTestEnds(await browser.newPage());
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${site.home}search/?q=Interpol`);
    await expect
      .poll(() => page.locator('#search').textContent())
      .toContain('search index of this copy of the site is missing');
  });
});
