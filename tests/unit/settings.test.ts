import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { publishedAt, wholeNumber } from '../../src/build-settings.mjs';

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

describe('where the site is published (SITE_URL, SITE_BASE)', () => {
  it('gives Astro the origin as its site and the sub-path as its base, slashes as Astro wants them', () => {
    expect(publishedAt(undefined, undefined)).toEqual({ site: 'https://example.org', base: '/' });
    expect(publishedAt('https://ties.example.net/', undefined)).toEqual({
      site: 'https://ties.example.net',
      base: '/',
    });
    expect(publishedAt('https://example.net', 'research/ties')).toEqual({
      site: 'https://example.net',
      base: '/research/ties/',
    });
  });

  it('takes a path given in SITE_URL as the base, which Astro alone would drop from every link', () => {
    expect(publishedAt('https://example.net/research/ties', undefined)).toEqual({
      site: 'https://example.net',
      base: '/research/ties/',
    });
    expect(publishedAt('https://example.net/research/ties/', '/research/ties/').base).toBe('/research/ties/');
  });

  it('refuses an address that is not one, or a path that SITE_BASE contradicts, saying what would do', () => {
    expect(() => publishedAt('example.net', undefined)).toThrow(
      'SITE_URL must be the full address the site is published at, such as https://example.org; found "example.net"',
    );
    expect(() => publishedAt('ftp://example.net', undefined)).toThrow('SITE_URL must be the full address');
    expect(() => publishedAt('https://example.net/a/', '/b/')).toThrow(
      'SITE_URL has the path /a/ and SITE_BASE is /b/; give the sub-path once, e.g. SITE_URL=https://example.net SITE_BASE=/a/',
    );
  });
});

describe('npm run build with a setting that is not one', () => {
  it('stops before Astro starts, printing the setting’s message alone, not a stack trace', () => {
    const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'example.org', SITE_BASE: '', SITE_OUT_DIR: 'tmp-never-written' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '[build] SITE_URL must be the full address the site is published at, such as https://example.org; found "example.org"\n',
    );
  });
});
