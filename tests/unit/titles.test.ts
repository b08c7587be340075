// The document title: the site's name when it fits, the record's title always whole.
import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/titles';

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

  it('keeps a longer title whole, so two titles that begin alike stay apart', () => {
    const a = 'Cooperation agreement between the Ministries of Internal Affairs of Tajikistan and Afghanistan';
    const b = 'Cooperation agreement between the Ministries of Internal Affairs of Tajikistan and Kyrgyzstan';
    expect(documentTitle(a, SITE)).toBe(a);
    expect(documentTitle(b, SITE)).toBe(b);
  });

  it('counts an apostrophe as it is written in the HTML ("&#39;")', () => {
    // With the site name: 59 characters, 67 as written (each apostrophe is 5 characters there).
    const title = "Belarus' and China's law";
    expect(documentTitle(title, SITE, 67)).toBe(`${title} · ${SITE}`);
    expect(documentTitle(title, SITE, 66)).toBe(title);
  });
});
