// The document title: the site's name when it fits, never over TITLE_MAX.
import { describe, expect, it } from 'vitest';
import { TITLE_MAX, documentTitle } from '../../src/lib/titles';

const SITE = 'Central Asia–China Security Ties';

describe('documentTitle', () => {
  it('is the site title alone on the home page', () => {
    expect(documentTitle(SITE, SITE)).toBe(SITE);
  });

  it('names the record and the site when both fit', () => {
    expect(documentTitle('Guo Shengkun', SITE)).toBe('Guo Shengkun · Central Asia–China Security Ties');
  });

  it('drops the site name when the record title alone fits', () => {
    const title = 'Ramazon Rahimzoda meets Guo Shengkun in Beijing in September 2017';
    expect(documentTitle(title, SITE)).toBe(title);
  });

  it('shortens a longer title at a word, with an ellipsis, to at most the limit', () => {
    const title =
      'Memorandum of understanding between Tajikistan’s Ministry of Internal Affairs and China’s Ministry of Public Security on counteracting terrorism';
    const shown = documentTitle(title, SITE);
    expect(shown).toBe('Memorandum of understanding between Tajikistan’s Ministry of Internal…');
    expect(shown.length).toBeLessThanOrEqual(TITLE_MAX);
  });

  it('counts an apostrophe as it is written in the HTML ("&#39;")', () => {
    const title = "Belarus' and China's law enforcement agencies need closer cooperation";
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(documentTitle(title, SITE)).toBe("Belarus' and China's law enforcement agencies need closer…");
  });

  it('cuts a title with no space inside the limit without losing the ellipsis', () => {
    expect(documentTitle('x'.repeat(100), SITE, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
