// The locator maps as a browser draws them: at every width from a small phone
// to a desktop, no place name reaches past the edge of its map, where the SVG
// would cut it off (a phone draws a wide map's labels larger, site.css, so a
// label that fits on a desktop need not fit there); and the shaded country can
// be told from the land around it in either colour scheme.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast, launchBrowser, watchedContext } from '../helpers/browser';
import { servedForTests } from '../helpers/server';
import { LONG_SITE, ROOT_SITE, pagesWith } from '../helpers/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The pages of a build that draw a map. */
const mapPages = (outDir: string) => pagesWith(outDir, 'map-svg');

/**
 * "name: N px past the edge" for each label of the page that reaches outside its map, and "no label" for a page
 * where none is found (a check that finds no label to measure passes whatever the labels do).
 */
async function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const labels = document.querySelectorAll('svg.map-svg .map-marker text');
    if (labels.length === 0) return ['no label in any map-svg .map-marker'];
    return [...document.querySelectorAll('svg.map-svg')].flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.map-marker text')].flatMap((text) => {
        const box = text.getBoundingClientRect();
        const past = Math.max(
          frame.left - box.left,
          box.right - frame.right,
          frame.top - box.top,
          box.bottom - frame.bottom,
        );
        return past > 0.01 ? [`${text.textContent?.trim()}: ${past.toFixed(1)} px past the edge`] : [];
      });
    });
  });
}

describe.each([
  ['the real record', ROOT_SITE, [320, 375, 390, 576, 577, 768, 1280]],
  ['the long synthetic record', LONG_SITE, [320, 1280]],
])('the map labels of %s', (_, outDir, widths) => {
  const site = servedForTests(outDir);
  const paths = mapPages(outDir).filter((p) => outDir === ROOT_SITE || !/^\/meetings\/\d{4}-/.test(p));

  it('stay inside their map at every width', async () => {
    expect(paths).toContain('/meetings/');
    if (outDir === ROOT_SITE) expect(paths).toContain('/countries/tajikistan/');
    const { context, page } = await watchedContext(browser);
    const cut: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(site.origin + path);
        cut.push(...(await cutLabels(page)).map((c) => `${width} px ${path} ${c}`));
      }
    }
    await context.close();
    expect(cut).toEqual([]);
  }, 120_000);
});

describe('the shaded country of the real record’s maps', () => {
  const site = servedForTests(ROOT_SITE);
  const paths = mapPages(ROOT_SITE);

  it.each(['light', 'dark'] as const)(
    'has an edge of 3:1 against the land and sea around it, at least 1 px as drawn on a phone or a desktop, over its neighbours, in the %s scheme',
    async (colorScheme) => {
      // WCAG 1.4.11: a graphic a reader needs to understand the map (the legend names the shaded country) has 3:1
      // against what adjoins it. The edge is what must have it: a fill that strong would drown the map. A wide map
      // shrinks on a phone, and a stroke with it, unless it is drawn at its width whatever the scale.
      const { context, page } = await watchedContext(browser);
      await page.emulateMedia({ colorScheme });
      const seen: string[] = [];
      const faults: string[] = [];
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        for (const path of paths) {
          await page.goto(site.origin + path);
          const maps = await page.evaluate(() =>
            [...document.querySelectorAll('svg.map-svg')].map((svg) => {
              const shapes = [...svg.querySelectorAll('path.map-country')];
              const host = svg.querySelector('path.map-host');
              const land = shapes.find((p) => !p.classList.contains('map-host'));
              const sea = svg.querySelector('.map-sea');
              const style = (el: Element | null | undefined) => (el ? getComputedStyle(el) : undefined);
              const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
              const edge = style(host);
              const drawn = edge
                ? parseFloat(edge.strokeWidth) * (edge.vectorEffect === 'non-scaling-stroke' ? 1 : scale)
                : 0;
              return {
                host: edge ? { stroke: edge.stroke, drawn } : undefined,
                grounds: [style(land)?.fill, style(sea)?.fill].filter((c): c is string => c !== undefined),
                last: host !== null && shapes.at(-1) === host,
              };
            }),
          );
          for (const [i, map] of maps.entries()) {
            if (!map.host) continue;
            seen.push(path);
            const at = `${width} px ${path} map ${i}`;
            if (map.grounds.length < 2) faults.push(`${at}: no land or no sea to measure against`);
            for (const ground of map.grounds) {
              const ratio = contrast(map.host.stroke, ground);
              if (ratio < 3) faults.push(`${at}: edge ${map.host.stroke} on ${ground} is ${ratio.toFixed(2)}:1`);
            }
            if (map.host.drawn < 1) faults.push(`${at}: edge drawn ${map.host.drawn.toFixed(2)} px wide`);
            if (!map.last) faults.push(`${at}: a neighbour is drawn over the shaded country`);
          }
        }
      }
      await context.close();
      // Meeting and country pages shade a country: a check that found none would pass whatever the maps do.
      expect(seen).toContain('/countries/tajikistan/');
      expect(seen.some((p) => /^\/meetings\/\d{4}-/.test(p))).toBe(true);
      expect(faults).toEqual([]);
    },
    120_000,
  );
});
