// Debian's chromium driven by playwright-core, with a page that records what
// a reader would not see: every request, console error, script error and
// Content-Security-Policy violation.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { onTestFinished } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Watch {
  /** Every URL a page of the context requested, in order. */
  requests: string[];
  /** Responses with status 400 or more: "404 http://…". */
  failures: string[];
  consoleErrors: string[];
  /** "directive blocked-uri" for each securitypolicyviolation event. */
  cspViolations: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * `thing` (a browser context, a page, a served site), closed when the running test ends, passed or failed: a test that
 * fails before its own `close()` leaves nothing open in the shared browser. Closing twice is harmless for each.
 */
export function closeWhenTestEnds<T extends { close(): Promise<unknown> }>(thing: T): T {
  onTestFinished(async () => {
    await thing.close();
  });
  return thing;
}

/**
 * A fresh context whose every page is watched, closed when the test ends; `colorScheme` emulates the reader's
 * setting.
 */
export async function watchedContext(browser: Browser, colorScheme: 'light' | 'dark' = 'light') {
  const context: BrowserContext = closeWhenTestEnds(await browser.newContext({ colorScheme }));
  const watch: Watch = { requests: [], failures: [], consoleErrors: [], cspViolations: [] };
  context.on('request', (request) => watch.requests.push(request.url()));
  context.on('response', (response) => {
    if (response.status() >= 400) watch.failures.push(`${response.status()} ${response.url()}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
  context.on('weberror', (error) =>
    watch.consoleErrors.push(`${error.page()?.url() ?? '?'}: ${error.error().message}`),
  );
  // Init scripts run before the page's own and are not subject to its CSP.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} on ${location.pathname}`);
    });
  });
  const page: Page = await context.newPage();
  page.setDefaultTimeout(10_000);
  /** Collects the violations the current document has seen; call before navigating away. */
  const collectViolations = async () => {
    watch.cspViolations.push(...((await page.evaluate(() => window.__cspViolations ?? [])) as string[]));
    await page.evaluate(() => (window.__cspViolations = []));
  };
  return { context, page, watch, collectViolations };
}

/** Requests that went anywhere but the local server. */
export function foreignRequests(watch: Watch, origin: string): string[] {
  return watch.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
}

/** The relative luminance of an opaque computed colour ("rgb(r, g, b)"), as WCAG defines it. */
export function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two opaque computed colours, as WCAG defines it. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * Computed `properties` of the element the URL's fragment targets and of one like it that is not targeted: a sibling
 * with the same tag and first class (a `.para` beside a `.para`, an `li` beside an `li`), or, where it has none, its
 * parent. Null when nothing is targeted. What marks a target on screen is what the two do not share.
 */
export function targetAndNeighbour(page: Page, properties: readonly string[]) {
  return page.evaluate((properties) => {
    const target = document.querySelector(':target');
    if (!target) return null;
    const like = (el: Element) =>
      el !== target && el.tagName === target.tagName && el.classList[0] === target.classList[0];
    const other = [...target.parentElement!.children].find(like) ?? target.parentElement!;
    const look = (el: Element) => {
      const style = getComputedStyle(el);
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    };
    return { id: target.id, target: look(target), other: look(other) };
  }, properties);
}
