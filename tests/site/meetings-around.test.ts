// Reading the record in order: every meeting page links the meeting just before and
// just after it in the order /meetings/ lists them (through its year pages once the
// record is long; a meeting dated to a period is listed in each year of it, and
// counts where it is first listed). The first has no earlier, the last no later.
import { describe, expect, it } from 'vitest';
import { corpusOf } from '../../src/lib/corpus';
import { loadContentTree } from '../../src/lib/load';
import { entityPath } from '../../src/lib/urls';
import { validateTree } from '../../src/lib/validate';
import { firstDay } from '../helpers/dates';
import { LONG_CONTENT, LONG_SITE, readPage, ROOT_SITE } from '../helpers/site';

/** The meeting pages in the order the list pages give them. */
function listedOrder(site: string): string[] {
  const $index = readPage(site, '/meetings/');
  const years = $index('.year-index a')
    .toArray()
    .map((a) => $index(a).attr('href')!);
  const pages = years.length > 0 ? years.map((href) => readPage(site, href)) : [$index];
  const order = pages.flatMap(($) =>
    $('.meeting-list th a')
      .toArray()
      .map((a) => $(a).attr('href')!),
  );
  return [...new Set(order)];
}

describe.each([
  [ROOT_SITE, 'content'],
  [LONG_SITE, LONG_CONTENT],
])('earlier and later meeting on %s', (site, content) => {
  const order = listedOrder(site);

  it('lists enough meetings to check', () => {
    expect(order.length).toBeGreaterThan(3);
  });

  it('lists the meetings oldest first, as their content dates them, so the neighbours are in date order', () => {
    const dates = new Map(
      corpusOf(validateTree(loadContentTree(content))).meetings.map((m) => [
        entityPath('meetings', m.id),
        firstDay(m.data.date.value),
      ]),
    );
    expect(order.length).toBe(dates.size);
    const listed = order.map((path) => dates.get(path)!);
    expect(listed).toEqual([...listed].sort());
  });

  it('each meeting page links its neighbours in the list’s order, with their dates', () => {
    const wrong: string[] = [];
    order.forEach((path, i) => {
      const $ = readPage(site, path);
      const around = $('nav.meetings-around');
      const earlier = around.find('a[rel="prev"]').attr('href');
      const later = around.find('a[rel="next"]').attr('href');
      if (earlier !== order[i - 1]) wrong.push(`${path}: earlier ${earlier}, listed before it ${order[i - 1]}`);
      if (later !== order[i + 1]) wrong.push(`${path}: later ${later}, listed after it ${order[i + 1]}`);
      for (const a of around.find('a').toArray()) {
        const $target = readPage(site, $(a).attr('href')!);
        if ($(a).find('.around-title').text() !== $target('h1').text().trim())
          wrong.push(`${path}: “${$(a).find('.around-title').text()}” is not the title of ${$(a).attr('href')}`);
        if ($(a).find('time').attr('datetime') !== $target('.facts time').first().attr('datetime'))
          wrong.push(`${path}: the date given for ${$(a).attr('href')} is not its own`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('calls a neighbour earlier or later only when its date differs; one of the same date is named as listed', () => {
    const wrong: string[] = [];
    let sameDate = 0;
    for (const path of order) {
      const $ = readPage(site, path);
      const own = $('.facts time').first().attr('datetime');
      for (const a of $('nav.meetings-around a').toArray()) {
        const same = $(a).find('time').attr('datetime') === own;
        if (same) sameDate++;
        const label = $(a).find('.around-label').text();
        const expected = {
          prev: same ? 'Same date, listed before' : 'Earlier meeting',
          next: same ? 'Same date, listed after' : 'Later meeting',
        }[$(a).attr('rel') as 'prev' | 'next'];
        if (label !== expected) wrong.push(`${path} → ${$(a).attr('href')}: “${label}”, not “${expected}”`);
      }
    }
    expect(wrong).toEqual([]);
    // The record holds meetings of one date (Tashkent, 1 April 2024): the rule is exercised, not only stated.
    if (site === ROOT_SITE) expect(sameDate).toBeGreaterThan(0);
  });
});
