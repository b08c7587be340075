// Reading comfort in a real browser: every page fits a phone's width without
// sideways scrolling; a meeting page prints on light paper without the site's
// navigation, each cited source listed once with its full URL; the colour scheme follows
// the reader's system setting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWhenTestEnds, launchBrowser, targetAndNeighbour, watchedContext } from '../helpers/browser';
import { redirectTarget } from '../helpers/permalinks';
import { serveSite, servedForTests } from '../helpers/server';
import { formatDate } from '../../src/lib/dates';
import { loadContentTree } from '../../src/lib/load';
import { validateTree } from '../../src/lib/validate';
import { A_BUILD, buildSite } from '../helpers/build';
import { copyContent, edit } from '../helpers/content-copy';
import { contentTree, entry } from '../helpers/tree';
import { LONG_SITE, ROOT_SITE, SITE_URL, SUB_BASE, SUB_SITE, pagePaths, readPage } from '../helpers/site';

/** The day a test build was made, as its pages write it ("30 November 2026"): record.json holds it. */
const built = (outDir: string) =>
  formatDate((JSON.parse(readFileSync(join(outDir, 'data', 'record.json'), 'utf8')) as { built: string }).built);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What a check finds on a page, and how many things it looked at there (so a test can tell it looked at some). */
interface Findings {
  looked: number;
  found: string[];
}

/** A check's findings on every page, or what went wrong running it there. */
type Outcome = Findings | Error;

/**
 * The checks the tests below give each setting (a width, and a reader's own style or none), all registered as the
 * file is read, before any test runs. One pass over every page of the root build at a setting runs all of them, the
 * first time a test asks for one: loading each page is what takes the time, and 16 tests share 7 settings.
 */
const settings = new Map<string, Setting>();
interface Setting {
  width: number;
  style: string | undefined;
  checks: Array<() => Findings>;
  pass?: Promise<Outcome[]>;
}

/**
 * What `check` finds on each page of the root build at `width` (with a reader's own `style`), each prefixed by its
 * path, and how many things it looked at in all: a function a test calls, registered now, where the test is declared.
 */
function onEveryPage(width: number, check: () => Findings, style?: string): () => Promise<Findings> {
  const key = `${width} ${style ?? ''}`;
  const setting = settings.get(key) ?? settings.set(key, { width, style, checks: [] }).get(key)!;
  const index = setting.checks.push(check) - 1;
  return async () => {
    const outcome = (await (setting.pass ??= checkEveryPage(setting.width, setting.checks, setting.style)))[index]!;
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
}

/** Each of `checks` run on every page of the root build at `width`, in order, each page loaded once. */
async function checkEveryPage(
  width: number,
  checks: ReadonlyArray<() => Findings>,
  style?: string,
): Promise<Outcome[]> {
  const paths = pagePaths(ROOT_SITE).filter((p) => redirectTarget(ROOT_SITE, p) === undefined);
  expect(paths.length).toBeGreaterThan(40);
  // Not closed with the test that runs it: the pass is shared, and a later test of its setting may still be waiting on
  // it when that one ends (by a timeout). It closes what it opens itself, below.
  const site = await serveSite(ROOT_SITE, '/');
  // The reader's own style sheet is not the site's, so the site's CSP does not apply to it.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 780 } });
  const page = await context.newPage();
  const outcomes: Outcome[] = checks.map(() => ({ looked: 0, found: [] }));
  try {
    for (const path of paths) {
      await page.goto(site.origin + path);
      if (style) await page.addStyleTag({ content: style });
      for (const [i, check] of checks.entries()) {
        const sofar = outcomes[i]!;
        if (sofar instanceof Error) continue;
        // A check that fails on a page fails its own test, not the others of its pass.
        const findings = await page
          .evaluate(check)
          .catch((error: unknown) => new Error(`${path}: ${String(error)}`, { cause: error }));
        if (findings instanceof Error) outcomes[i] = findings;
        else {
          sofar.looked += findings.looked;
          sofar.found.push(...findings.found.map((f) => `${path}: ${f}`));
        }
      }
    }
  } finally {
    await context.close();
    await site.close();
  }
  return outcomes;
}

/** The widths of phones a line is checked at: the narrowest, two common ones, a large one. */
const PHONE_WIDTHS = [320, 360, 390, 412];

/**
 * Where, on each of `paths` of the build in `dir` at each phone width (a page loaded once, then resized), an element
 * matching `selector` has its part `after` on a line below the last line of its part `before`: that part's text, with
 * the page and the width; and how many elements it looked at.
 */
async function partsApart(
  dir: string,
  paths: string[],
  selector: string,
  before: string,
  after: string,
): Promise<Findings> {
  const site = closeWhenTestEnds(await serveSite(dir, '/'));
  const page = closeWhenTestEnds(await browser.newPage({ viewport: { width: PHONE_WIDTHS[0]!, height: 780 } }));
  const found: string[] = [];
  let looked = 0;
  for (const path of paths) {
    await page.goto(site.origin + path);
    for (const width of PHONE_WIDTHS) {
      await page.setViewportSize({ width, height: 780 });
      const apart = await page.$$eval(
        selector,
        (elements, [first, second]) =>
          elements.flatMap((e) => {
            const last = [...e.querySelector(first!)!.getClientRects()].at(-1)!;
            const next = e.querySelector(second!)!.getBoundingClientRect();
            return next.top >= last.bottom - 1 ? [e.querySelector(first!)!.textContent!] : [];
          }),
        [before, after],
      );
      looked += await page.locator(selector).count();
      found.push(...apart.map((text) => `${path} at ${width} px: ${text}`));
    }
  }
  await page.close();
  await site.close();
  return { looked, found };
}

/**
 * The time a test that opens every page may take. Each took up to 23 s (of the default 60 s) on a loaded
 * two-core machine: a runner two or three times slower must not time out.
 */
const EVERY_PAGE = { timeout: 180_000 };
const EVERY_PAGE_TWICE = { timeout: 2 * EVERY_PAGE.timeout };

/** The text spacing WCAG 1.4.12 names, as a reader's own style sheet sets it. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/** A phone's largest text setting, which enlarges the rem and not the viewport (WCAG 1.4.4). */
const LARGE_TEXT = 'html { font-size: 200% !important; }';

/** Pages of the root build that scroll sideways at `width`, each with its width. */
const pagesWiderThan = (width: number, style?: string) => {
  const findings = onEveryPage(
    width,
    () => ({
      looked: 1,
      found: document.documentElement.scrollWidth > innerWidth ? [`${document.documentElement.scrollWidth} px`] : [],
    }),
    style,
  );
  return async () => (await findings()).found;
};

/**
 * Citation chips in a table's cells that break over two lines at `width`: a chip that wraps ("Kazinform (2019)"
 * above "¶4") no longer reads as one citation.
 */
const chipsBrokenInTables = (width: number) =>
  onEveryPage(width, () => {
    const inTables = [...document.querySelectorAll<HTMLElement>('td .cite a')];
    return {
      looked: inTables.length,
      found: inTables
        .filter((a) => a.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(a).lineHeight))
        .map((a) => a.textContent!),
    };
  });

describe('on a phone', () => {
  const widerAt360 = pagesWiderThan(360);
  it('no page scrolls sideways at 360 px', EVERY_PAGE, async () => {
    expect(await widerAt360()).toEqual([]);
  });

  const chipsAt390 = chipsBrokenInTables(390);
  it('no citation chip in a table breaks over two lines at 390 px', EVERY_PAGE, async () => {
    // A meeting's participants and a person's meetings, in three columns, left a chip a column too narrow for it,
    // where it took three lines ("Lukashenko meeting report (ca. / 2017) ¶7").
    const chips = await chipsAt390();
    expect(chips.looked, 'citation chips in tables').toBeGreaterThan(10);
    expect(chips.found).toEqual([]);
  });

  const widerAt320Spaced = pagesWiderThan(320, TEXT_SPACING);
  it('no page scrolls sideways at 320 px with text spacing a reader may set (WCAG 1.4.12)', EVERY_PAGE, async () => {
    // A table too wide for the spacing scrolls in its own box.
    expect(await widerAt320Spaced()).toEqual([]);
  });

  const networkLabelsSpaced = onEveryPage(
    320,
    () => {
      const texts = [...document.querySelectorAll<SVGTextElement>('svg.network-svg text')];
      return {
        looked: texts.length,
        found: texts.flatMap((text) => {
          const svg = text.ownerSVGElement!;
          const frame = svg.getBoundingClientRect();
          const box = text.getBoundingClientRect();
          const past = Math.max(
            frame.left - box.left,
            box.right - frame.right,
            frame.top - box.top,
            box.bottom - frame.bottom,
          );
          const name = text.textContent?.trim();
          if (box.left < 0 || box.right > document.documentElement.clientWidth) return [`${name}: off the screen`];
          return past > 0.5 && getComputedStyle(svg).overflow !== 'visible'
            ? [`${name}: ${past.toFixed(1)} px cut off`]
            : [];
        }),
      };
    },
    TEXT_SPACING,
  );
  it('no name in a network is cut off at its edge with that text spacing (WCAG 1.4.12)', EVERY_PAGE, async () => {
    // The layout sizes a network's view box to its labels at the site's own spacing; wider letters reach past it,
    // where an SVG cuts them off unless it lets them overflow. They must still end within the screen.
    const labels = await networkLabelsSpaced();
    expect(labels.looked, 'network labels').toBeGreaterThan(20);
    expect(labels.found).toEqual([]);
  });

  it('keeps each year of a long list beside its count, at 320, 360, 390 and 412 px', async () => {
    // The years sat in columns 10 rem wide: '2013 3 agreements' did not fit one, and its count went under it while
    // '2003 1 agreement' beside it kept its own on the line.
    const withYears = pagePaths(LONG_SITE).filter((p) => readPage(LONG_SITE, p)('.year-index').length > 0);
    const years = await partsApart(LONG_SITE, withYears, '.year-index li', 'a', '.count');
    expect(years.looked, 'years of long lists').toBeGreaterThan(40);
    expect(years.found).toEqual([]);
  });

  // Every page at four widths: twice the time of a test at one (142 s once with another suite on the same two cores).
  it(
    'no section link stands alone on a line below its heading, at 320, 360, 390 and 412 px',
    EVERY_PAGE_TWICE,
    async () => {
      // The link follows the heading's last word; the space between them broke, so a heading that filled its last line
      // left a lone "#" on the next (/inferences/ at 320 px, 'Corrections and additions' at 360 px).
      const pages = pagePaths(ROOT_SITE).filter((p) => redirectTarget(ROOT_SITE, p) === undefined);
      const headings = await partsApart(ROOT_SITE, pages, '.heading', ':is(h2, h3)', '.heading-link');
      expect(headings.looked, 'headings with a section link').toBeGreaterThan(400);
      expect(headings.found).toEqual([]);
    },
  );
});

describe('on a phone whose reader sets large text', () => {
  const widerAt360Large = pagesWiderThan(360, LARGE_TEXT);
  it('no page scrolls sideways at 360 px with the text at 200% (WCAG 1.4.4)', EVERY_PAGE, async () => {
    // A phone's largest text setting: a heading beside its section link, a word longer than the line, the hidden
    // text of a table's cells past its scrolling box would each push the page sideways. Tables scroll in their box.
    expect(await widerAt360Large()).toEqual([]);
  });

  const widerAt320Large = pagesWiderThan(320, LARGE_TEXT);
  it('no page scrolls sideways at 320 px with the text at 200% (WCAG 1.4.4)', EVERY_PAGE, async () => {
    // The narrowest phone at its largest text: a list of years in columns 10 rem wide, a meeting's date kept on one
    // line, a record's facts in a column as wide as its longest word ("/people/rahimzoda-ramazon-hamro/",
    // "Innenministeriums") each pushed the page sideways. Tables of data scroll in their own box.
    expect(await widerAt320Large()).toEqual([]);
  });

  const footersLarge = onEveryPage(
    320,
    () => {
      const main = document.querySelector('main')!;
      const edge = main.getBoundingClientRect().left + parseFloat(getComputedStyle(main).paddingLeft);
      const text = document.querySelector('.site-footer > p')!.getBoundingClientRect().left;
      return {
        looked: 1,
        found: Math.abs(text - edge) > 0.5 ? [`footer text at ${text} px, the page's at ${edge} px`] : [],
      };
    },
    LARGE_TEXT,
  );
  it(
    'the footer’s text starts where the page’s does, at 320 px with the text at 200% (WCAG 1.4.4)',
    EVERY_PAGE,
    async () => {
      // Main's padding at its sides gives way (to 6.25vw) on a narrow phone at its largest text, and the footer's kept
      // its 1.25rem: its text stood 20 px inside the page's.
      const footers = await footersLarge();
      expect(footers.found).toEqual([]);
    },
  );

  const headingWordsLarge = onEveryPage(
    320,
    () => {
      const main = document.querySelector('main')!;
      const { paddingLeft, paddingRight } = getComputedStyle(main);
      const column = main.clientWidth - parseFloat(paddingLeft) - parseFloat(paddingRight);
      const text = parseFloat(getComputedStyle(document.body).fontSize);
      let looked = 0;
      const found: string[] = [];
      for (const heading of document.querySelectorAll('main :is(h1, h2)')) {
        const size = parseFloat(getComputedStyle(heading).fontSize);
        const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // A line may break at a hyphen or a dash: a word is what lies between them and spaces.
          for (const m of node.textContent!.matchAll(/[^\s\-‐–—]+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            const lines = new Set(rects.map((r) => Math.round(r.top))).size;
            const atTextSize = (rects.reduce((sum, r) => sum + r.width, 0) * text) / size;
            looked += 1;
            if (lines > 1 && atTextSize <= column) found.push(`${m[0]} broken at ${size} px`);
          }
        }
      }
      return { looked, found };
    },
    LARGE_TEXT,
  );
  it(
    'no heading breaks a word that would fit its column at the text’s own size, at 320 px with the text at 200% (WCAG 1.4.4)',
    EVERY_PAGE,
    async () => {
      // A heading kept its size above the text's: "Meetings", the heading of its page, broke in two with no hyphen
      // ("Meeting" above "s"), as a browser with no hyphenation for the language breaks a word too long for its line.
      const words = await headingWordsLarge();
      expect(words.looked, 'words of headings').toBeGreaterThan(500);
      expect([...new Set(words.found)]).toEqual([]);
    },
  );

  const hiddenColumnsLarge = onEveryPage(
    390,
    () => {
      const wraps = [...document.querySelectorAll('.table-wrap')].filter(
        (w) => !(location.pathname.endsWith('/methodology/') && w.querySelector('code')),
      );
      return {
        looked: wraps.length,
        found: wraps
          .filter((w) => w.scrollWidth > w.clientWidth + 1)
          .map(
            (w) => `${w.querySelector('caption')?.textContent ?? 'a table'}: ${w.scrollWidth} px in ${w.clientWidth}`,
          ),
      };
    },
    LARGE_TEXT,
  );
  it('no table of records hides a column off to the side at 390 px with the text at 200%', EVERY_PAGE, async () => {
    // Who met whom stayed three columns wide in a box that scrolled: only the first letter of each meeting showed, and
    // nothing said there was more. The methodology's table of date forms ("Written as", "Precision", "Example") is
    // the one table that scrolls: three short columns, its first the one a reader looks up, and stacked it would lose
    // the headings that say what each value is.
    const hidden = await hiddenColumnsLarge();
    expect(hidden.looked, 'tables').toBeGreaterThan(20);
    expect(hidden.found).toEqual([]);
  });

  const scrollingBoxesLarge = onEveryPage(
    390,
    () => {
      const scrolling = [...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1);
      // A box with a link scrolls as the link takes the focus; one without is a tab stop itself, a region (a
      // section with a name, or role="region") named by its heading or a label.
      const named = (w: Element) =>
        !!w.getAttribute('aria-label')?.trim() ||
        (w.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .some((id) => !!document.getElementById(id)?.textContent?.trim());
      const reached = (w: Element) =>
        w.querySelector('a[href]') !== null ||
        (w.getAttribute('tabindex') === '0' &&
          (w.tagName === 'SECTION' || w.getAttribute('role') === 'region') &&
          named(w));
      return {
        looked: scrolling.length,
        found: scrolling.filter((w) => !reached(w)).map((w) => `${w.textContent?.trim().slice(0, 40)}`),
      };
    },
    LARGE_TEXT,
  );
  it(
    'a table box that scrolls at 390 px with the text at 200% can be scrolled from the keyboard',
    EVERY_PAGE,
    async () => {
      // The methodology's table of date forms scrolls and has no link to tab to: Safari, unlike Chromium and Firefox,
      // does not make a scrolling box a tab stop by itself, so the box must be one, named by its section's heading.
      const boxes = await scrollingBoxesLarge();
      expect(boxes.looked, 'scrolling tables').toBeGreaterThan(0);
      expect(boxes.found).toEqual([]);
    },
  );

  const chipsLarge = onEveryPage(
    390,
    () => {
      const links = [...document.querySelectorAll<HTMLElement>('.cite a')];
      return {
        looked: links.length,
        found: links.flatMap((a) => {
          const box = a.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(a);
          const text = range.getBoundingClientRect();
          const over = Math.max(box.top - text.top, text.bottom - box.bottom);
          return over > 0.5 ? [`${a.textContent}: ${over.toFixed(1)} px past its border`] : [];
        }),
      };
    },
    LARGE_TEXT,
  );
  it('every citation chip holds its text with the text at 200% (WCAG 1.4.4)', EVERY_PAGE, async () => {
    // A chip's line height was fixed in pixels, for its 24 px target: enlarged text spilled over its border.
    const chips = await chipsLarge();
    expect(chips.looked, 'citation chips').toBeGreaterThan(100);
    expect([...new Set(chips.found)]).toEqual([]);
  });

  const wrappedHeadingsLarge = onEveryPage(
    320,
    () => {
      const wrapped = [...document.querySelectorAll('.heading')].flatMap((box) => {
        const range = document.createRange();
        range.selectNodeContents(box.querySelector('h2, h3')!);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        const tops = [...new Set(lines.map((r) => Math.round(r.top)))];
        return tops.length > 1 ? [{ box, last: lines.at(-1)! }] : [];
      });
      return {
        looked: wrapped.length,
        found: wrapped.flatMap(({ box, last }) => {
          const link = box.querySelector('.heading-link')!.getBoundingClientRect();
          return link.bottom < last.top + last.height / 2
            ? [`${box.textContent!.trim()}: link above its last line`]
            : [];
        }),
      };
    },
    LARGE_TEXT,
  );
  it(
    'a heading that wraps has its section link after its last word, not beside its first line',
    EVERY_PAGE,
    async () => {
      // A flex row put the link at the far edge of the first line, a column away from where the heading ends.
      const headings = await wrappedHeadingsLarge();
      expect(headings.looked, 'wrapped headings').toBeGreaterThan(20);
      expect([...new Set(headings.found)]).toEqual([]);
    },
  );

  it.each([16, 32])(
    'a source paragraph takes the column’s whole width, its number above it, on a 390 px phone with the browser’s text at %i px',
    async (textSize) => {
      // The browser's own text size (not a style sheet's) also sets what a rem is in a media query. A 3.2 rem gutter for
      // the paragraph numbers left a 390 px phone about 220 px of text at 32 px, where every longer German word broke,
      // and the German and its translation 35 to 40 characters a line at 16 px.
      const site = closeWhenTestEnds(await serveSite(ROOT_SITE, '/'));
      const context = closeWhenTestEnds(await browser.newContext({ viewport: { width: 390, height: 780 } }));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: textSize, fixed: Math.round(textSize * 0.8125) } });
      await page.goto(`${site.origin}/sources/gazeta-uz-uzbekistan-china-security/`);
      const paragraphs = await page.evaluate(() => {
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const column = document.querySelector('.excerpt')!.getBoundingClientRect();
        const narrow = [...document.querySelectorAll<HTMLElement>('.para')].flatMap((para) => {
          const number = para.querySelector('.pnum')!.getBoundingClientRect();
          const text = para.querySelector('.original')!.getBoundingClientRect();
          return text.width < column.width - 1 || number.bottom > text.top + 0.5 ? [para.id] : [];
        });
        return { rem, narrow };
      });
      await context.close();
      await site.close();
      expect(paragraphs.rem, 'the browser’s text size took effect').toBe(textSize);
      expect(paragraphs.narrow).toEqual([]);
    },
  );

  it('the header still fits a 320 px screen with the text at 200%, its search field with room for a query (WCAG 1.4.4)', async () => {
    // A phone's text size setting enlarges the rem, not the viewport: a control that keeps its width in text
    // (the search field's 20 characters) pushes the whole page sideways on every page. And the field shared its line
    // with its button however large the text: it showed three letters of a query.
    const site = closeWhenTestEnds(await serveSite(ROOT_SITE, '/'));
    const context = closeWhenTestEnds(
      await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 780 } }),
    );
    const page = await context.newPage();
    await page.goto(site.home);
    await page.addStyleTag({ content: LARGE_TEXT });
    const { past, field } = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.site-search input')!;
      const style = getComputedStyle(input);
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return {
        past: [...document.querySelectorAll<HTMLElement>('.site-header, .site-header *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}`),
        field: room / parseFloat(style.fontSize),
      };
    });
    await context.close();
    await site.close();
    expect(past, 'parts of the header past the right edge').toEqual([]);
    // About a dozen letters of a query in view.
    expect(field, 'the search field’s room for a query, in ems').toBeGreaterThan(6);
  });
});

describe('in forced colours (a Windows contrast theme)', () => {
  it('still marks the paragraph a citation leads to and the change an entry of /changes/ leads to', async () => {
    // The mark was a ground and a bar drawn as a box shadow, both of which forced colours drop: the cited paragraph
    // looked like every other.
    const $ = readPage(ROOT_SITE, '/changes/');
    const change = $('main a[href*="#"]')
      .map((_, a) => $(a).attr('href')!)
      .get()
      .find((href) => !href.startsWith('#'));
    const source = pagePaths(ROOT_SITE).find(
      (p) => /^\/sources\/(?!\d{4}\/)[^/]+\/$/.test(p) && redirectTarget(ROOT_SITE, p) === undefined,
    );
    expect(source, 'a source page').toBeDefined();
    const paragraph = readPage(ROOT_SITE, source!)('.para').first().attr('id');
    expect(paragraph, 'a paragraph of a source').toMatch(/^p\d+$/);
    expect(change, 'a link from /changes/ to a page').toMatch(/#/);
    const site = closeWhenTestEnds(await serveSite(ROOT_SITE, '/'));
    const context = closeWhenTestEnds(await browser.newContext({ forcedColors: 'active', colorScheme: 'dark' }));
    const page = await context.newPage();
    const marks: Array<{ at: string; target: string; other: string }> = [];
    /** What draws a line around or beside an element in forced colours: its outline and its borders. */
    const sides = ['top', 'right', 'bottom', 'left'] as const;
    const lines = (style: Record<string, string>) =>
      [
        style['outline-style'] !== 'none' && parseFloat(style['outline-width']!) > 0 ? 'outline' : '',
        ...sides.map((side) =>
          style[`border-${side}-style`] !== 'none' && parseFloat(style[`border-${side}-width`]!) > 0
            ? `border-${side}`
            : '',
        ),
      ]
        .filter(Boolean)
        .join(' ');
    const properties = [
      'outline-style',
      'outline-width',
      ...sides.flatMap((side) => [`border-${side}-style`, `border-${side}-width`]),
    ];
    for (const at of [`${source}#${paragraph}`, change!]) {
      // A fresh load each time: a change on the same page would be a move within it, which answers nothing.
      await page.goto('about:blank');
      expect((await page.goto(site.origin + at))?.ok(), `${at} answered`).toBe(true);
      const mark = await targetAndNeighbour(page, properties);
      expect(mark?.id, `${at}: the target`).toBe(at.split('#')[1]);
      marks.push({ at, target: lines(mark!.target), other: lines(mark!.other) });
    }
    await context.close();
    await site.close();
    for (const mark of marks) {
      expect(mark.target, `${mark.at}: the target drawn apart`).not.toBe('');
      expect(mark.target, `${mark.at}: unlike its neighbours`).not.toBe(mark.other);
    }
  });
});

describe('on a phone, the links to download a citation', () => {
  it('never start a line with the comma that follows one of them', async () => {
    // Each link is an inline block, for its 24 px target: a line could break between it and its comma.
    const site = closeWhenTestEnds(await serveSite(ROOT_SITE, '/'));
    const paths = ['meetings', 'sources'].map((kind) =>
      pagePaths(ROOT_SITE).find(
        (p) => new RegExp(`^/${kind}/(?!\\d{4}/)[^/]+/$`).test(p) && redirectTarget(ROOT_SITE, p) === undefined,
      ),
    );
    expect(paths, 'a meeting page and a source page').toEqual([expect.any(String), expect.any(String)]);
    const found: string[] = [];
    let looked = 0;
    for (let width = 320; width <= 440; width += 10) {
      const context = closeWhenTestEnds(await browser.newContext({ viewport: { width, height: 800 } }));
      const page = await context.newPage();
      for (const path of paths) {
        expect((await page.goto(site.origin + path))?.ok(), `${path} answered`).toBe(true);
        const commas = await page.evaluate(() => {
          const files = document.querySelector('.cite-files')!;
          const left = files.getBoundingClientRect().left;
          const walker = document.createTreeWalker(files, NodeFilter.SHOW_TEXT);
          const starts: number[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(',');
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            starts.push(range.getBoundingClientRect().left - left);
          }
          return starts;
        });
        looked += commas.length;
        found.push(...commas.filter((x) => x < 1).map(() => `${path} at ${width} px`));
      }
      await context.close();
    }
    await site.close();
    expect(looked).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});

describe('on a wide screen', () => {
  it('a translated source keeps its facts and closing sections at the reading measure, not its wide text', async () => {
    // The page widens for the original and its translation side by side; the prose around them ran the full width,
    // lines of 130 characters. The measure is that of a source page without a translation.
    const sources = pagePaths(ROOT_SITE).filter(
      (p) => /^\/sources\/(?!\d{4}\/)[^/]+\/$/.test(p) && redirectTarget(ROOT_SITE, p) === undefined,
    );
    const translated = sources.filter((p) => readPage(ROOT_SITE, p)('.excerpt.bilingual').length > 0);
    const english = sources.find((p) => !translated.includes(p));
    expect(translated.length).toBeGreaterThan(0);
    expect(english, 'a source page without a translation').toBeDefined();
    const site = closeWhenTestEnds(await serveSite(ROOT_SITE, '/'));
    const context = closeWhenTestEnds(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
    const page = await context.newPage();
    expect((await page.goto(site.origin + english!))?.ok(), `${english} answered`).toBe(true);
    const measure = await page.evaluate(() => document.querySelector('main > dl.facts')!.getBoundingClientRect().width);
    const wide: string[] = [];
    for (const path of translated) {
      await page.goto(site.origin + path);
      const found = await page.evaluate(() => ({
        text: document.querySelector('main .excerpt')!.getBoundingClientRect().width,
        blocks: [...document.querySelectorAll('main > :not(.excerpt)')].map((el) => ({
          name: `${el.tagName.toLowerCase()}.${el.className}`,
          width: el.getBoundingClientRect().width,
        })),
      }));
      expect(found.text, 'the text with its translation is wider than the measure').toBeGreaterThan(measure + 100);
      wide.push(...found.blocks.filter((b) => b.width > measure + 0.5).map((b) => `${path}: ${b.name} ${b.width} px`));
    }
    await context.close();
    await site.close();
    expect(wide).toEqual([]);
  });

  it('a translated source in one column (below 52rem) keeps the reading measure, its text too', async () => {
    // The page widened at every width, so where the translation stands under the original (a tablet, a narrow
    // window) each ran about 90 characters a line.
    const path = pagePaths(ROOT_SITE).find(
      (p) => /^\/sources\/[^/]+\/$/.test(p) && readPage(ROOT_SITE, p)('.excerpt.bilingual').length > 0,
    );
    expect(path, 'a translated source').toBeDefined();
    const site = closeWhenTestEnds(await serveSite(ROOT_SITE, '/'));
    const context = closeWhenTestEnds(await browser.newContext({ viewport: { width: 800, height: 900 } }));
    const page = await context.newPage();
    expect((await page.goto(site.origin + path!))?.ok(), `${path} answered`).toBe(true);
    const widths = await page.evaluate(() => ({
      facts: document.querySelector('main > dl.facts')!.getBoundingClientRect().width,
      text: document.querySelector('main .excerpt')!.getBoundingClientRect().width,
      columns: getComputedStyle(document.querySelector('.bilingual .para.translated')!).display,
    }));
    await context.close();
    await site.close();
    expect(widths.columns, 'one column at 800 px').not.toBe('grid');
    expect(widths.text).toBeLessThanOrEqual(widths.facts + 0.5);
  });

  it(
    'an interviewer’s question in a translated source stands beside its translation, under its label',
    A_BUILD,
    async () => {
      // No source of the record is both an interview and translated: a copy gives the interview a stand-in
      // translation of each paragraph.
      const id = 'rakhimzoda-interview-2015';
      const dir = copyContent('translated-interview');
      const numbers = validateTree(loadContentTree(dir))
        .paragraphs.get(id)!
        .map((p) => p.n);
      const translation = numbers.map((n) => `  ${n}: "The site’s English of paragraph ${n}."`).join('\n');
      edit(dir, `sources/${id}.md`, (text) =>
        text.replace(
          /^language: en$/m,
          `language: de\ntitleTranslation: "The headline in English"\ntranslation:\n${translation}`,
        ),
      );
      const build = buildSite({ name: 'translated-interview', contentDir: dir });
      expect(build.status, build.output).toBe(0);
      const site = closeWhenTestEnds(await serveSite(build.outDir, '/'));
      const context = closeWhenTestEnds(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
      const page = await context.newPage();
      await page.goto(`${site.origin}/sources/${id}/`);
      const questions = await page.evaluate(() =>
        [...document.querySelectorAll('.excerpt.bilingual .para.question')].map((para) => {
          const [label, original, translation] = ['.question-label', '.original-side', '.translation'].map((s) =>
            para.querySelector(s)!.getBoundingClientRect(),
          );
          return {
            id: para.id,
            labelAbove: label!.bottom <= Math.min(original!.top, translation!.top),
            sideBySide: Math.abs(original!.top - translation!.top) < 1 && original!.right < translation!.left,
          };
        }),
      );
      await context.close();
      await site.close();
      const { questions: lines } = entry(contentTree(), 'sources', id).data.capture;
      expect(questions).toEqual(lines.map((n: number) => ({ id: `p${n}`, labelAbove: true, sideBySide: true })));
    },
  );

  it('a wide page has its widths from its first paint, before the parser reaches what it is wide for', async () => {
    // The widths were read from what <main> holds (the search field, the Data page's tables, a text beside its
    // translation): on a loaded machine a page drawn before the parser reached them was drawn at the measure, then
    // widened, its heading jumping 176 px to the left (a layout shift of 0.1 on the search page at 1280 px); and the
    // prose above them kept at the width of a line of text only once they came. Here each page is drawn from its
    // HTML cut just before what it is wide for, as a first paint may see it, and whole: <main> and each of its
    // parts drawn in both have the same place and width in both.
    const sources = pagePaths(ROOT_SITE).filter(
      (p) => /^\/sources\/(?!\d{4}\/)[^/]+\/$/.test(p) && redirectTarget(ROOT_SITE, p) === undefined,
    );
    const translated = sources.find((p) => readPage(ROOT_SITE, p)('.excerpt.bilingual').length > 0);
    const english = sources.find((p) => readPage(ROOT_SITE, p)('.excerpt.bilingual').length === 0);
    const paths = ['/search/', '/data/', translated!, english!];
    const wideFor = ['<div id="search"', '<table class="data-fields"', '<div class="excerpt'];
    const site = closeWhenTestEnds(await serveSite(ROOT_SITE, '/'));
    const context = closeWhenTestEnds(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
    const page = await context.newPage();
    const boxes = () =>
      page.evaluate(() =>
        [document.querySelector('main')!, ...document.querySelectorAll('main > *')].map((e) => {
          const { left, width } = e.getBoundingClientRect();
          return { part: `${e.localName}.${e.className}`, left: Math.round(left), width: Math.round(width) };
        }),
      );
    const drawn: Record<string, { whole: Awaited<ReturnType<typeof boxes>>; cut: Awaited<ReturnType<typeof boxes>> }> =
      {};
    for (const path of paths) {
      await page.goto(site.origin + path);
      const whole = await boxes();
      const html = readFileSync(join(ROOT_SITE, path, 'index.html'), 'utf8');
      const at = Math.min(...wideFor.map((tag) => html.indexOf(tag)).filter((i) => i > html.indexOf('</h1>')));
      expect(at, `${path}: where it is cut`).toBeLessThan(html.length);
      await page.route(site.origin + path, (route) =>
        route.fulfill({ contentType: 'text/html', body: html.slice(0, at) }),
      );
      await page.goto(site.origin + path);
      const cut = await boxes();
      drawn[path] = { whole: whole.slice(0, cut.length), cut };
      await page.unroute(site.origin + path);
    }
    const measure = await page.evaluate(
      () =>
        parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--measure')) *
        parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    await context.close();
    await site.close();
    // The wide pages are wider than the measure (the English source is not); the cut ones hold more than a heading.
    expect(paths.map((p) => drawn[p]!.whole[0]!.width > measure + 100)).toEqual([true, true, true, false]);
    for (const path of paths.slice(1)) expect(drawn[path]!.cut.length, path).toBeGreaterThan(4);
    for (const path of paths) expect(drawn[path]!.cut, path).toEqual(drawn[path]!.whole);
  });

  it('the Data page keeps its prose and its list of files at the reading measure, not its tables’ width', async () => {
    // The page widens for its tables of fields; its list of files ran the full width, lines of 110 characters.
    const site = closeWhenTestEnds(await serveSite(ROOT_SITE, '/'));
    const context = closeWhenTestEnds(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
    const page = await context.newPage();
    await page.goto(site.origin + '/data/');
    const found = await page.evaluate(() => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const measure = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--measure')) * rem;
      const table = document.querySelector('main > table')!.getBoundingClientRect().width;
      const prose = [...document.querySelectorAll('main > :is(p, ul, ol)')].map((el) => ({
        name: `${el.tagName.toLowerCase()}.${el.className}`,
        width: el.getBoundingClientRect().width,
      }));
      return { measure, table, prose };
    });
    await context.close();
    await site.close();
    expect(found.table, 'a table wider than the measure').toBeGreaterThan(found.measure + 100);
    expect(found.prose.length).toBeGreaterThan(5);
    expect(found.prose.filter((b) => b.width > found.measure + 0.5)).toEqual([]);
  });

  const meetingRows = onEveryPage(1280, () => {
    const rows = [...document.querySelectorAll('.participations tbody tr')];
    return {
      looked: rows.length,
      found: rows
        .filter((row) => {
          const date = row.querySelector('td')!;
          const time = date.querySelector('time')!;
          const lineHeight = parseFloat(getComputedStyle(time).lineHeight);
          return (
            time.getBoundingClientRect().height > 1.5 * lineHeight ||
            row.querySelector('th')!.getBoundingClientRect().width < date.getBoundingClientRect().width
          );
        })
        .map((row) => row.querySelector('th')!.textContent!.trim()),
    };
  });
  it(
    'a person’s meetings give the meeting’s title at least the width of its date, kept on one line',
    EVERY_PAGE,
    async () => {
      // "on or before 9 August 2019 (inferred)" on one line took the title's room: seven lines of a few words each.
      const rows = await meetingRows();
      expect(rows.looked, 'rows of a person’s meetings').toBeGreaterThan(5);
      expect(rows.found).toEqual([]);
    },
  );

  const footersWide = onEveryPage(1280, () => {
    const main = document.querySelector('main')!;
    const edge = main.getBoundingClientRect().left + parseFloat(getComputedStyle(main).paddingLeft);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const measure = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--measure')) * rem;
    const text = document.querySelector('.site-footer > p')!.getBoundingClientRect();
    const found: string[] = [];
    if (Math.abs(text.left - edge) > 0.5) found.push(`footer text at ${text.left} px, the page's at ${edge} px`);
    if (text.width > measure) found.push(`footer text ${text.width} px wide, the measure ${measure} px`);
    return { looked: main.clientWidth > measure + 100 ? 1 : 0, found };
  });
  it('the footer’s text starts where the page’s does, at the reading measure, wide pages too', EVERY_PAGE, async () => {
    // A wide page (a source beside its translation, the Data page, search) set its text at the left of its wide
    // column, and the footer stayed centred at the measure, its text 176 px to the right of the page's at 1280 px.
    const footers = await footersWide();
    // The pages wider than the measure are the ones this is about: a selector that finds none would check nothing.
    expect(footers.looked, 'wide pages').toBeGreaterThanOrEqual(3);
    expect(footers.found).toEqual([]);
  });

  const chipsAt1280 = chipsBrokenInTables(1280);
  it('no citation chip in a table breaks over two lines', EVERY_PAGE, async () => {
    const chips = await chipsAt1280();
    // Tables on many pages cite their sources in chips: a selector that finds none would check nothing.
    expect(chips.looked, 'citation chips in tables').toBeGreaterThan(10);
    expect(chips.found).toEqual([]);
  });
});

describe('where the browser hyphenates the text (Firefox does, English included)', () => {
  const precisionLabels = onEveryPage(1280, () => {
    const precision = [...document.querySelectorAll('main .precision')];
    return {
      looked: precision.length,
      found: precision.filter((e) => getComputedStyle(e).hyphens === 'auto').map((e) => e.textContent!.trim()),
    };
  });
  it('never splits by a hyphen a label such as “(inferred)” or “(exact day, as stated)”', EVERY_PAGE, async () => {
    const labels = await precisionLabels();
    // Dates, places and agreements carry such labels on most pages: a selector that finds none would check nothing.
    expect(labels.looked).toBeGreaterThan(20);
    expect([...new Set(labels.found.map((f) => f.replace(/^[^:]+: /, '')))]).toEqual([]);
  });
});

describe.each([
  ['root', ROOT_SITE, '/'],
  ['sub-path', SUB_SITE, SUB_BASE],
])('printing a meeting page (%s build)', (_, outDir, base) => {
  const site = servedForTests(outDir, base);
  /** The side margins of the print styles' @page, in mm (checked against the style sheet below). */
  const PAPER_SIDE_MARGIN_MM = 28;
  /**
   * A watched context whose page is as wide as the text on a sheet: A4 less the margins of the print styles' @page
   * (28 mm each side, src/styles/site.css), about 582 px. Rules for a width (`min-width: 52rem`, the layout of a
   * wide screen) apply on paper as they would at that width, not at the 1280 px of a default page.
   */
  const onPaper = async (scheme: 'light' | 'dark' = 'light') => {
    const watched = await watchedContext(browser, scheme);
    await watched.page.setViewportSize({
      width: Math.round(((210 - 2 * PAPER_SIDE_MARGIN_MM) / 25.4) * 96),
      height: 900,
    });
    return watched;
  };
  /** Opens `path` of this build, expecting there to be such a path, and the page, not the 404 page, to answer. */
  const open = async (page: Page, path: string | undefined) => {
    expect(path, 'a page of the kind looked for').toBeDefined();
    const response = await page.goto(site.origin + base.replace(/\/$/, '') + path!);
    expect(response?.ok(), `${path} answered ${response?.status()}`).toBe(true);
  };

  it('sets a printed page’s lines at no more than 100 characters (about 95), at the margins its style sheet gives paper', async () => {
    const { context, page } = await onPaper();
    await open(page, '/methodology/');
    await page.emulateMedia({ media: 'print' });
    // The @page rule's side margins, as the style sheet has them: the width onPaper gives the page is the sheet's less these.
    const margins = await page.evaluate(() => {
      const flat = (list: CSSRuleList): CSSRule[] =>
        // A page rule is a grouping rule too (of its margin boxes' rules): kept, not opened.
        [...list].flatMap((r) =>
          r instanceof CSSGroupingRule && !(r instanceof CSSPageRule) ? flat(r.cssRules) : [r],
        );
      const rule = [...document.styleSheets].flatMap((s) => flat(s.cssRules)).find((r) => r instanceof CSSPageRule);
      return rule ? [(rule as CSSPageRule).style.marginLeft, (rule as CSSPageRule).style.marginRight] : [];
    });
    expect(margins).toEqual([`${PAPER_SIDE_MARGIN_MM}mm`, `${PAPER_SIDE_MARGIN_MM}mm`]);
    // Characters a line, in each paragraph of the text: a character starts a line when it stands below the one before.
    const lines = await page.evaluate(() => {
      const counts: number[] = [];
      const range = document.createRange();
      for (const p of document.querySelectorAll('main p')) {
        let top: number | undefined;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (node.parentElement?.closest('.vh')) continue;
          for (let i = 0; i < node.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            if (top === undefined || box.top > top + box.height / 2) {
              counts.push(0);
              top = box.top;
            }
            counts[counts.length - 1]!++;
          }
        }
      }
      return counts;
    });
    await context.close();
    expect(lines.length, 'lines of text measured').toBeGreaterThan(50);
    // Full lines fill the measure; none is longer than a reader's eye takes in comfortably.
    expect(Math.max(...lines)).toBeGreaterThan(80);
    expect(Math.max(...lines)).toBeLessThanOrEqual(100);
  });

  it('prints dark text on light paper, no navigation, each cited source once with its full URL, each citation in brackets', async () => {
    const meeting = pagePaths(outDir).find(
      (p) => /^\/meetings\/[^/]+\/$/.test(p) && redirectTarget(outDir, p) === undefined,
    );
    const { context, page } = await onPaper('dark');
    await open(page, meeting);
    const screenText = await page.evaluate(() => getComputedStyle(document.body).color);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
      reference: getComputedStyle(document.querySelector('.cite-this .reference')!).backgroundColor,
      nav: getComputedStyle(document.querySelector('header nav')!).display,
      cites: [...document.querySelectorAll<HTMLAnchorElement>('.cite a')].map((a) => ({
        href: a.getAttribute('href')!,
        before: getComputedStyle(a, '::before').content,
        after: getComputedStyle(a, '::after').content,
        first: a === a.parentElement!.firstElementChild,
        last: a === a.parentElement!.lastElementChild,
      })),
      sources: [...document.querySelectorAll('.sources-cited li')].map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        after: getComputedStyle(li, '::after').content,
      })),
    }));
    await context.close();
    expect(screenText).not.toBe('rgb(0, 0, 0)');
    expect(printed.text).toBe('rgb(0, 0, 0)');
    expect(printed.background).toBe('rgb(255, 255, 255)');
    // Light grey behind the reference, not the dark screen's surface.
    const [r, g, b] = printed.reference.match(/\d+/g)!.map(Number);
    expect(Math.min(r!, g!, b!), printed.reference).toBeGreaterThan(200);
    expect(printed.nav).toBe('none');
    expect(printed.cites.length).toBeGreaterThan(3);
    const cited = new Set(printed.cites.map((c) => c.href.split('#')[0]));
    expect(printed.sources.map((s) => s.href).sort()).toEqual([...cited].sort());
    // No address at a citation, and each source's paragraphs in brackets, as a printed citation is: without the chips'
    // borders, "Tashkent, Uzbekistan Gazeta.uz (ca. 2024) ¶2" read as one name.
    for (const c of printed.cites) {
      expect(c.href.startsWith(base)).toBe(true);
      expect(c.before, c.href).toMatch(c.first ? /^"\["$/ : /^(none|normal)$/);
      expect(c.after, c.href).toMatch(c.last ? /^"\]"$/ : /^(none|normal)$/);
    }
    for (const s of printed.sources) expect(s.after).toContain(`<${SITE_URL}${s.href}>`);
  });

  it('on paper, keeps each timeline entry, table row, source paragraph (with a translation or a long list of the records citing it, each part) and page reference on one sheet, each heading, table head, line leading into a table and headline with what follows, a short list of citing records with its paragraph, and the pointer to the log of changes with the corrections above it', async () => {
    const { context, page } = await onPaper();
    const first = (kind: string) =>
      pagePaths(outDir).find(
        (p) => new RegExp(`^/${kind}/(?!\\d{4}/)[^/]+/$`).test(p) && redirectTarget(outDir, p) === undefined,
      );
    await page.emulateMedia({ media: 'print' });
    const split: string[] = [];
    /** How many of each kind of thing the pages held: a kind none of them held was not checked. */
    const looked: Record<string, number> = {};
    /** The first source page that holds `selector`. */
    const sourceWith = (selector: string) =>
      pagePaths(outDir).find(
        (p) => /^\/sources\/(?!\d{4}\/)[^/]+\/$/.test(p) && readPage(outDir, p)(selector).length > 0,
      );
    const translated = sourceWith('.excerpt.bilingual');
    const revised = pagePaths(outDir).find((p) => readPage(outDir, p)('.revision-log').length > 0);
    const headlined = sourceWith('.para.headline');
    for (const path of ['/timeline/', '/data/', first('people'), first('sources'), translated, revised, headlined]) {
      await open(page, path);
      const found = await page.evaluate(() => {
        // A page's reference (Cite this page) is copied out whole: split over two sheets, its address broke in two.
        // A paragraph with its translation under it may end a sheet between its parts, each kept whole: kept whole
        // together, they left a fifth of some sheets blank.
        // So may a paragraph and the long list of records citing it (folded on screen): kept together, the list left
        // half of a sheet blank. A short list stays with its paragraph.
        const long = ':has(> details.cited-by)';
        const blocks = [
          ...document.querySelectorAll(
            `.timeline-entry, tr, .para:not(.translated, ${long}), .para:is(.translated, ${long}) > *, .reference`,
          ),
        ];
        const shortLists = [...document.querySelectorAll('.para > div.cited-by')];
        // What leads into what follows: the line just above a table (a data file's description on /data/, left at a
        // sheet's foot with its heading), a source's headline and the note under a heading.
        const leads = [
          ...document.querySelectorAll('main :has(+ :is(table, .table-wrap)), .para.headline, .heading + .note'),
        ];
        // A heading that runs inline beside its section link is kept with what follows by the box holding both.
        const headings = [...document.querySelectorAll('main h2, main h3')].map((h) =>
          getComputedStyle(h).display === 'inline' ? h.parentElement! : h,
        );
        // A table's head goes over with its first row: left at a sheet's foot, it stood there alone with its heading.
        const firstRows = [...document.querySelectorAll('main tbody > tr:first-child')];
        // The pointer to the log of every change, under a page's corrections, goes over with the last of them: alone,
        // it opened a sheet.
        const logs = [...document.querySelectorAll('.revision-log')];
        const name = (e: Element) => e.className || e.tagName.toLowerCase();
        return {
          looked: {
            blocks: blocks.length,
            headings: headings.length,
            'first rows': firstRows.length,
            logs: logs.length,
            leads: leads.length,
            'short lists': shortLists.length,
          },
          split: [
            ...blocks.filter((b) => getComputedStyle(b).breakInside !== 'avoid').map(name),
            ...headings
              .filter((h) => getComputedStyle(h).breakAfter !== 'avoid')
              .map((h) => `${name(h)} at a sheet's foot`),
            ...firstRows
              .filter((r) => getComputedStyle(r).breakBefore !== 'avoid')
              .map((r) => `${name(r.closest('table')!) || 'table'}'s head at a sheet's foot`),
            ...logs.filter((l) => getComputedStyle(l).breakBefore !== 'avoid').map((l) => `${name(l)} alone`),
            ...leads
              .filter((l) => getComputedStyle(l).breakAfter !== 'avoid')
              .map((l) => `${name(l)} at a sheet's foot`),
            ...shortLists
              .filter((l) => getComputedStyle(l).breakBefore !== 'avoid')
              .map((l) => `${name(l)} apart from its paragraph`),
          ],
        };
      });
      for (const [kind, n] of Object.entries(found.looked)) looked[kind] = (looked[kind] ?? 0) + n;
      split.push(...found.split.map((f) => `${path}: ${f}`));
    }
    await context.close();
    expect(looked.blocks, 'blocks kept whole').toBeGreaterThan(20);
    for (const kind of ['headings', 'first rows', 'logs', 'leads', 'short lists'])
      expect(looked[kind], `${kind} looked at`).toBeGreaterThan(0);
    expect([...new Set(split)]).toEqual([]);
  });

  it('on paper, keeps each inferred fact on one sheet with its Inferred mark and basis', async () => {
    // A meeting's agreement ('Signed as a result of this meeting') ended one sheet, and its Inferred mark and basis
    // opened the next: that sheet alone stated as fact what the site infers.
    const { context, page } = await onPaper();
    await page.emulateMedia({ media: 'print' });
    const split: string[] = [];
    let looked = 0;
    const inferring = pagePaths(outDir).filter(
      (p) => redirectTarget(outDir, p) === undefined && readPage(outDir, p)('main .inference').length > 0,
    );
    for (const path of inferring) {
      await open(page, path);
      const found = await page.evaluate(() => {
        // The block the fact is written in, which the mark and basis follow in the same line of text.
        const facts = [...document.querySelectorAll('main .inference')].map((i) => i.closest('li, dd, p, td')!);
        return {
          looked: facts.length,
          split: facts
            .filter((f) => getComputedStyle(f).breakInside !== 'avoid')
            .map((f) => f.textContent!.trim().slice(0, 60)),
        };
      });
      looked += found.looked;
      split.push(...found.split.map((f) => `${path}: ${f}`));
    }
    await context.close();
    expect(inferring.length, 'pages with an inference').toBeGreaterThan(5);
    expect(looked).toBeGreaterThan(20);
    expect([...new Set(split)]).toEqual([]);
  });

  it('the home page, a list, the timeline, the methodology, the Data page and a meeting say on paper where they live and the day they were built: the record grows', async () => {
    const { context, page } = await onPaper();
    const meeting = pagePaths(outDir).find(
      (p) => /^\/meetings\/[^/]+\/$/.test(p) && redirectTarget(outDir, p) === undefined,
    );
    await page.emulateMedia({ media: 'print' });
    for (const path of ['/', '/meetings/', '/timeline/', '/methodology/', '/data/', meeting]) {
      await open(page, path);
      // Both at the head of the first sheet, not in the last lines: a last line that did not fit at the foot of the
      // last sheet went over to a sheet of its own, which held nothing else.
      const address = page.locator('.site-header .site-address');
      expect(await address.isVisible(), path).toBe(true);
      expect(await address.textContent()).toBe(`Printed from ${SITE_URL}${base.replace(/\/$/, '')}${path}`);
      const day = page.locator('.site-header .site-built');
      expect(await day.isVisible(), path).toBe(true);
      expect(await day.textContent()).toBe(`Record as built on ${built(outDir)}`);
      // Nothing prints after the page's own text (the footer's lines are links for the screen).
      expect(
        await page.locator('main ~ *').evaluateAll((after) => after.filter((e) => e.checkVisibility()).length),
        path,
      ).toBe(0);
      await page.emulateMedia({ media: 'screen' });
      expect(await day.isVisible(), `${path} on screen`).toBe(false);
      expect(await address.isVisible(), `${path} on screen`).toBe(false);
      await page.emulateMedia({ media: 'print' });
    }
    await context.close();
  });

  it("a year's page prints without the links to the years before and after it", async () => {
    const { context, page } = await onPaper();
    const years = pagePaths(outDir).filter((p) => readPage(outDir, p)('.year-nav').length > 0);
    // Lists of each kind, a country's or a person's long record: at least the meetings' and the timeline's years.
    expect(years.length).toBeGreaterThan(2);
    for (const path of years.slice(0, 3)) {
      await open(page, path);
      expect(await page.locator('.year-nav').isVisible(), `${path} on screen`).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.year-nav').isVisible(), `${path} on paper`).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  });

  it('the Data page gives on paper the address of each of its files', async () => {
    const { context, page } = await onPaper();
    await open(page, '/data/');
    await page.emulateMedia({ media: 'print' });
    const files = await page
      .locator('.data-files a')
      .evaluateAll((links) =>
        links.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
      );
    await context.close();
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(f.after, f.href).toContain(`<${SITE_URL}${f.href}>`);
  });

  it('every kind of record page says on paper where it lives, and prints no download links or navigation', async () => {
    const { context, page } = await onPaper();
    const kinds = ['meetings', 'people', 'countries', 'organizations', 'agreements', 'events', 'sources'];
    let logs = 0;
    for (const kind of kinds) {
      const path = pagePaths(outDir).find(
        (p) => new RegExp(`^/${kind}/(?!\\d{4}/)[^/]+/$`).test(p) && redirectTarget(outDir, p) === undefined,
      );
      await page.emulateMedia({ media: 'screen' });
      await open(page, path);
      const address = page.locator('.site-header .site-address');
      expect(await address.isVisible(), `${path} on screen`).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await address.isVisible(), `${path} on paper`).toBe(true);
      expect(await address.textContent()).toBe(`Printed from ${SITE_URL}${base.replace(/\/$/, '')}${path}`);
      // Every record page has its citation's download links, and a meeting page the links to the meetings before and
      // after it: the loops below check something.
      const downloads = await page.locator('.cite-files').all();
      expect(downloads.length, `download links on ${path}`).toBeGreaterThan(0);
      for (const files of downloads) expect(await files.isVisible(), path).toBe(false);
      // So is the search box of the page's header.
      expect(await page.locator('.site-search').count(), path).toBe(1);
      expect(await page.locator('.site-search').isVisible(), `the search box on paper, ${path}`).toBe(false);
      // Links for moving through the site are for the screen.
      const navs = await page.locator('main nav').all();
      if (kind === 'meetings') expect(navs.length, `navigation in the main content of ${path}`).toBeGreaterThan(0);
      for (const nav of navs) expect(await nav.isVisible(), path).toBe(false);
      // A page's corrections point to the log of all of them: on paper, by its address.
      for (const log of await page.locator('.revision-log a').all()) {
        logs += 1;
        expect(await log.evaluate((a) => getComputedStyle(a, '::after').content), path).toContain(
          `<${SITE_URL}${base}changes/>`,
        );
      }
    }
    await context.close();
    expect(logs, 'record pages with corrections').toBeGreaterThan(0);
  });

  it('says on screen, not on paper, that a network’s names are links', async () => {
    const pages = pagePaths(outDir).filter(
      (p) => /^\/people\/[^/]+\/$/.test(p) && readPage(outDir, p)('figure.network').length > 0,
    );
    expect(pages.length, 'people pages with a network').toBeGreaterThan(0);
    const { context, page } = await onPaper();
    await open(page, pages[0]);
    const caption = page.locator('figure.network figcaption');
    const visibleText = () => caption.evaluate((c) => (c as HTMLElement).innerText);
    expect(await visibleText()).toMatch(/Names link to each person’s page\.$/);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleText()).toMatch(/^(Drawn|Each line)/);
    expect(await visibleText()).not.toMatch(/link/i);
    await context.close();
  });
});
