// When a list goes on a page per year (src/lib/years.ts). The site tests see lists far shorter or far longer than the
// limit; the README's rule is about the edge: a list page shows every entry up to the limit, and only its years "once
// a list holds more than 500 entries".
import { describe, expect, it } from 'vitest';
import { isLong, LIST_LIMIT } from '../../src/lib/years';

describe('a long list', () => {
  it('is 500 entries by default (SITE_LIST_LIMIT)', () => {
    expect(LIST_LIMIT).toBe(Number(process.env.SITE_LIST_LIMIT || 500));
  });

  it('is one of more entries than the limit: a list of exactly the limit is shown whole', () => {
    expect(isLong(LIST_LIMIT - 1)).toBe(false);
    expect(isLong(LIST_LIMIT)).toBe(false);
    expect(isLong(LIST_LIMIT + 1)).toBe(true);
  });
});
