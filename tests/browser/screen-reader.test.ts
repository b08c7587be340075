// What a screen reader is told, read from Chromium's own accessibility tree (the tree a screen reader reads, over the
// DevTools protocol), where axe's rules look at the markup: a table's column headers on a phone, where its rows stand
// one under the other and its head is out of sight.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWhenTestEnds, launchBrowser } from '../helpers/browser';
import { redirectTarget } from '../helpers/permalinks';
import { servedForTests } from '../helpers/server';
import { ROOT_SITE, pagePaths } from '../helpers/site';

const pages = pagePaths(ROOT_SITE).filter((path) => redirectTarget(ROOT_SITE, path) === undefined);
/** The time a test that opens every page may take (as in reading.test.ts). */
const EVERY_PAGE = 180_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
const site = servedForTests(ROOT_SITE);

/** The nodes of the page's accessibility tree that a screen reader is given (not those Chromium marks ignored). */
async function accessibilityTree(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored);
}

describe('a table read by a screen reader on a phone', () => {
  it(
    'names the column of every cell, and keeps every cell and row header, where the rows stand one under the other',
    { timeout: EVERY_PAGE },
    async () => {
      // On a phone the rows of a table of meetings, participants or data fields stand one under the other and its head
      // was display: none, which took the column headers out of the accessibility tree: a cell read "President of
      // Belarus", not "Role at this meeting".
      const context = closeWhenTestEnds(await browser.newContext({ viewport: { width: 390, height: 844 } }));
      const page = await context.newPage();
      const wrong: string[] = [];
      let looked = 0;
      for (const path of pages) {
        await page.goto(site.origin + path);
        const heads = await page.evaluate(() => document.querySelectorAll('main thead th').length);
        if (heads === 0) continue;
        looked += heads;
        const tree = await accessibilityTree(page);
        const read = (role: string) => tree.filter((n) => n.role?.value === role).length;
        if (read('columnheader') !== heads)
          wrong.push(`${path}: ${read('columnheader')} of ${heads} column headers in the accessibility tree`);
        // And each row's cells stay cells of their table, its header cells row headers, as display: block could undo.
        const { rows, cells, rowHeads } = await page.evaluate(() => ({
          rows: document.querySelectorAll('table tr').length,
          cells: document.querySelectorAll('table tbody td').length,
          rowHeads: document.querySelectorAll('table tbody th').length,
        }));
        if (read('row') !== rows) wrong.push(`${path}: ${read('row')} of ${rows} rows in the accessibility tree`);
        if (read('cell') !== cells) wrong.push(`${path}: ${read('cell')} of ${cells} cells in the accessibility tree`);
        if (read('rowheader') !== rowHeads)
          wrong.push(`${path}: ${read('rowheader')} of ${rowHeads} row headers in the accessibility tree`);
      }
      await context.close();
      expect(looked, 'column headers looked at').toBeGreaterThan(50);
      expect(wrong).toEqual([]);
    },
  );
});
