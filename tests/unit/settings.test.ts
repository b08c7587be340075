import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../src/build-settings.mjs';

describe('a whole-number build setting', () => {
  it('takes a whole number, and its default when unset or empty', () => {
    expect(wholeNumber('SITE_LIST_LIMIT', '120', 500)).toBe(120);
    expect(wholeNumber('SITE_LIST_LIMIT', undefined, 500)).toBe(500);
    expect(wholeNumber('SITE_LIST_LIMIT', '', 500)).toBe(500);
  });

  it('refuses anything else, naming the setting and what would do', () => {
    for (const bad of ['lots', '0', '-3', '2.5']) {
      expect(() => wholeNumber('SITE_LIST_LIMIT', bad, 500)).toThrow(
        `SITE_LIST_LIMIT must be a whole number above 0, such as 500; found "${bad}"`,
      );
    }
  });
});
