// The names in the networks as a browser draws them. A network's SVG is scaled
// to the column, so a name set at 14 px in it can be drawn far smaller: on a
// phone every name and country must still be drawn at least 12 px high, and no
// label may run into another. Each network is drawn
// twice, for a wide and for a narrow screen (site.css): the screen shows one of
// them at each width, and print the circle.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchedContext } from '../helpers/browser';
import { servedForTests } from '../helpers/server';
import { LONG_SITE, ROOT_SITE, pagesWith } from '../helpers/site';

/** The least size, in CSS pixels, at which a phone may draw a label's text. */
const LEAST_SIZE = 12;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The pages of a build that draw a network. */
const networkPages = (outDir: string) => pagesWith(outDir, 'network-svg');

interface Drawn {
  /** How many drawings of a network the page shows, and how many networks it has. */
  shown: number;
  figures: number;
  /** The class of each drawing shown ("network-wide"…). */
  shapes: string[];
  /** Each line of text in a drawing shown: its words, and the size it is drawn at in CSS pixels. */
  lines: Array<{ text: string; size: number }>;
  /** "a / b" for each two labels of a drawing shown whose boxes overlap (a label turned along a radius, turned with it). */
  overlaps: string[];
}

/** What the page's networks draw, as the reader sees them. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<SVGSVGElement>('svg.network-svg')].filter(
      (svg) => getComputedStyle(svg).display !== 'none' && svg.getBoundingClientRect().width > 0,
    );
    const lines: Drawn['lines'] = [];
    const overlaps: string[] = [];
    for (const svg of shown) {
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
      for (const text of texts) {
        const parts = text.querySelector('tspan') ? [...text.querySelectorAll('tspan')] : [text];
        for (const part of parts) {
          const words = part.textContent?.trim() ?? '';
          if (!words) continue;
          // The size of the text in the SVG's units, times the scale the SVG is drawn at (on either axis).
          const m = part.getScreenCTM()!;
          lines.push({ text: words, size: parseFloat(getComputedStyle(part).fontSize) * Math.hypot(m.a, m.b) });
        }
      }
      // Each label's box as drawn: its text's box in its own units, turned with it (a radial label) and scaled to
      // the screen; two such boxes overlap unless an edge of one of them separates them, by more than half a pixel.
      const boxes = texts.map((t) => {
        const { x, y, width, height } = t.getBBox();
        const m = t.getScreenCTM()!;
        const corners = [
          [x, y],
          [x + width, y],
          [x + width, y + height],
          [x, y + height],
        ].map(([px, py]) => [m.a * px! + m.c * py! + m.e, m.b * px! + m.d * py! + m.f] as const);
        return { text: t.textContent?.trim() ?? '', corners };
      });
      type Corners = (typeof boxes)[number]['corners'];
      const separated = (p: Corners, q: Corners) =>
        [p, q].some((shape) =>
          shape.some(([x0, y0], i) => {
            const [x1, y1] = shape[(i + 1) % shape.length]!;
            const length = Math.hypot(x1 - x0, y1 - y0) || 1;
            const [ax, ay] = [(y0 - y1) / length, (x1 - x0) / length];
            const [a, b] = [p, q].map((s) => s.map(([x, y]) => x * ax + y * ay));
            return Math.min(Math.max(...a!), Math.max(...b!)) - Math.max(Math.min(...a!), Math.min(...b!)) <= 0.5;
          }),
        );
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1))
          if (!separated(a.corners, b.corners)) overlaps.push(`${a.text} / ${b.text}`);
      });
    }
    return {
      shown: shown.length,
      figures: document.querySelectorAll('figure.network').length,
      shapes: shown.map((svg) => [...svg.classList].find((c) => c !== 'network-svg') ?? ''),
      lines,
      overlaps,
    };
  });
}

describe.each([
  ['the real record', ROOT_SITE, [320, 390]],
  ['the long synthetic record', LONG_SITE, [320]],
])('the networks of %s', (_, outDir, phones) => {
  const site = servedForTests(outDir);
  const paths = networkPages(outDir);

  it(`draw every label at least ${LEAST_SIZE} px high on a phone, each clear of the others`, async () => {
    expect(paths).toContain('/');
    if (outDir === ROOT_SITE)
      expect(paths).toEqual(expect.arrayContaining(['/countries/china/', '/people/guo-shengkun/']));
    const { context, page } = await watchedContext(browser);
    const small: string[] = [];
    const found: string[] = [];
    let measured = 0;
    // Each page loaded once and drawn at each width in turn: it has no script, so a resize lays it out as a load would.
    for (const path of paths) {
      await page.goto(site.origin + path);
      for (const width of phones) {
        await page.setViewportSize({ width, height: 800 });
        const d = await drawn(page);
        measured += d.lines.length;
        if (d.shown !== d.figures)
          found.push(`${width} px ${path}: ${d.shown} drawings shown for ${d.figures} networks`);
        // The narrow drawing, made for a phone's column, not the circle scaled down to it.
        if (d.shapes.some((shape) => shape !== 'network-narrow'))
          found.push(`${width} px ${path}: shows ${d.shapes.join()}, not the narrow drawing`);
        found.push(...d.overlaps.map((o) => `${width} px ${path}: ${o} overlap`));
        small.push(
          ...d.lines
            .filter((l) => l.size < LEAST_SIZE)
            .map((l) => `${width} px ${path}: ${l.text} drawn at ${l.size.toFixed(1)} px`),
        );
      }
    }
    await context.close();
    expect(measured, 'lines of text measured').toBeGreaterThan(paths.length * 2);
    expect(found).toEqual([]);
    expect(small).toEqual([]);
  }, 240_000);

  // The circle is shown above 36rem (site.css): at a desktop's width, at the narrowest width that shows it, and on
  // paper; its labels must be clear of each other at every size a network can have (the synthetic record has them
  // all, up to the cap), not only at the real record's.
  it('show the circle on a desktop and on paper, each label clear of the others', async () => {
    const { context, page } = await watchedContext(browser);
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(site.origin + path);
      for (const [media, width] of [
        ['screen', 1280],
        ['screen', 577],
        ['print', 390],
      ] as const) {
        await page.emulateMedia({ media });
        await page.setViewportSize({ width, height: 800 });
        const d = await drawn(page);
        if (d.shapes.join() !== 'network-wide') found.push(`${media} ${width} px ${path}: shows ${d.shapes.join()}`);
        found.push(...d.overlaps.map((o) => `${media} ${width} px ${path}: ${o} overlap`));
      }
    }
    await context.close();
    expect(found).toEqual([]);
  }, 360_000);
});
