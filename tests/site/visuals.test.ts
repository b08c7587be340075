// The network graphs and locator maps of both builds: the SVG and the table
// beside it show the same edges, and those edges are the pairs of people who
// shared a meeting in the content; every node and marker is a link that
// resolves under the build's base; a meeting's or country's map shades that
// country and no other; the inferred place is drawn differently and the
// legend says so in words.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { countryInText } from '../../src/lib/numbers';
import { basemap, countryFrame, fitRegion, LOCATOR_WIDTH, MAP_WIDTH, project, type LatLon } from '../../src/lib/map';
import { ROOT_SITE, SUB_BASE, SUB_SITE, hasPage, readPage } from '../helpers/site';
import { realCorpus } from '../helpers/corpus';

const corpus = realCorpus();
const personOf = new Map(corpus.people.map((p) => [p.id, p]));
const placeOf = new Map(corpus.places.map((p) => [p.id, p]));

/** "a|b" (a < b) → meeting ids, for every pair of people at the same meeting. */
const pairs = new Map<string, string[]>();
for (const m of corpus.meetings) {
  const ids = m.data.participants.map((p) => p.person);
  for (const a of ids)
    for (const b of ids) if (a < b) pairs.set(`${a}|${b}`, [...(pairs.get(`${a}|${b}`) ?? []), m.id]);
}
const countryName = (country: string) => corpus.countries.find((c) => c.id === country)!.data.name;
const isoOf = (country: string) => corpus.countries.find((c) => c.id === country)!.data.iso;
/**
 * The outline a map of these places (fitted at this width, and with more points to take in: a country's page frames
 * its country too) draws for one country: the path it must shade, and no other.
 */
const outlineOf = (places: string[], width: number, iso: string, more: LatLon[] = []) =>
  basemap(fitRegion([...places.map((id) => placeOf.get(id)!.data), ...more], width))
    .filter((s) => s.iso === iso)
    .map((s) => s.d);
const touching = (ids: Set<string>) =>
  new Set([...pairs.keys()].flatMap((k) => (k.split('|').some((id) => ids.has(id)) ? k.split('|') : [])));
const among = (ids: Set<string>) => [...pairs.keys()].filter((k) => k.split('|').every((id) => ids.has(id))).sort();

const svgEdges = ($: CheerioAPI, svg: Cheerio<Element>) =>
  svg
    .find('.net-edge')
    .map((_, el) => [[$(el).attr('data-from'), $(el).attr('data-to')].sort().join('|')])
    .get()
    .sort();
const tableEdges = ($: CheerioAPI) =>
  $('table.network-table tbody tr[data-from]')
    .map((_, el) => [[$(el).attr('data-from'), $(el).attr('data-to')].sort().join('|')])
    .get()
    .sort();

describe.each([
  ['root', ROOT_SITE, '/'],
  ['sub-path', SUB_SITE, SUB_BASE],
] as const)('visuals of the %s build', (_, site, base) => {
  /** A site-absolute href as a page path of the build, or undefined when it is outside the base. */
  const pathOf = (href: string) => (href.startsWith(base) ? `/${href.slice(base.length)}` : undefined);
  /** A meeting's place (by its href) in the list of every meeting on /meetings/, oldest first. */
  const listed = readPage(
    site,
    '/meetings/',
  )('main table a[href*="/meetings/"]')
    .map((_, a) => a.attribs.href)
    .get();
  const listedOrder = (href: string) => {
    expect(listed, href).toContain(href);
    return listed.indexOf(href);
  };

  /**
   * The network on a page shows exactly `expected`, in each of its drawings (the circle, and the column a phone
   * shows) and in the table, and every node and link resolves. Returns the page, for what else a test checks on it.
   */
  function checkNetwork(page: string, expected: string[], centre?: string) {
    const $ = readPage(site, page);
    expect(tableEdges($), `${page}: table rows`).toEqual(expected);
    const drawings = $('svg.network-svg');
    expect(drawings.length, `${page}: drawings`).toBe(2);
    // One of them is the column a phone shows, whose reading order checkDrawing checks: it must be there to be checked.
    expect(drawings.filter('.network-narrow').length, `${page}: the phone’s drawing`).toBe(1);
    drawings.each((_, el) => checkDrawing($, page, $(el), expected));
    // The table's pairs stand in groups under the meetings where they met, each set of meetings heading one group:
    // a row links both people, and its group's header exactly the meetings of the pair.
    const hrefs = (el: Cheerio<Element>) =>
      el
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get();
    const headers: string[] = [];
    const groupOrder: { theirs: boolean; positions: number[] }[] = [];
    $('table.network-table tbody').each((_, tbody) => {
      const header = $(tbody).find('th[scope="rowgroup"]');
      expect(header.length, `${page}: a group's header`).toBe(1);
      expect($(tbody).children('tr').first().find(header).length, `${page}: the header is the group's first row`).toBe(
        1,
      );
      const meetings = hrefs(header);
      headers.push(meetings.join(' '));
      groupOrder.push({
        theirs: centre !== undefined && $(tbody).find(`tr[data-from="${centre}"], tr[data-to="${centre}"]`).length > 0,
        positions: meetings.map((href) => listedOrder(href)),
      });
      for (const href of meetings) expect(hasPage(site, pathOf(href)!), href).toBe(true);
      $(tbody)
        .find('tr[data-from]')
        .each((_, tr) => {
          const key = [$(tr).attr('data-from'), $(tr).attr('data-to')].sort().join('|');
          const people = key.split('|').map((id) => `${base}people/${id}/`);
          expect(hrefs($(tr)).sort(), `${page} ${key}`).toEqual(people.sort());
          for (const href of people) expect(hasPage(site, pathOf(href)!), href).toBe(true);
          expect(meetings, `${page} ${key}: the meetings heading it`).toEqual(
            pairs.get(key)!.map((id) => `${base}meetings/${id}/`),
          );
        });
    });
    expect(new Set(headers).size, `${page}: a set of meetings heads one group`).toBe(headers.length);
    // Groups in the order /meetings/ lists their meetings; on a person's page, the groups of their own pairs first.
    const rank = ({ theirs, positions }: (typeof groupOrder)[number]) => [Number(!theirs), ...positions];
    const inOrder = [...groupOrder].sort((x, y) => {
      const [a, b] = [rank(x), rank(y)];
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return a.length - b.length;
    });
    expect(groupOrder, `${page}: the groups' order`).toEqual(inOrder);
    return $;
  }
  function checkDrawing($: CheerioAPI, page: string, svg: Cheerio<Element>, expected: string[]) {
    expect(svgEdges($, svg), `${page}: SVG edges`).toEqual(expected);
    expect(svg.attr('role')).toBe('group');
    expect(
      $(`#${svg.attr('aria-labelledby')}`)
        .text()
        .trim().length,
      `${page}: SVG title`,
    ).toBeGreaterThan(0);
    expect(
      $(`#${svg.attr('aria-describedby')}`)
        .text()
        .trim().length,
      `${page}: SVG description`,
    ).toBeGreaterThan(0);
    // Every node is a link to its person, named by the name, and every person of an edge is a node.
    const nodes = svg.find('a.net-node');
    const nodeIds = new Set(nodes.map((_, a) => $(a).attr('data-person')).get());
    expect(nodeIds).toEqual(new Set(expected.flatMap((k) => k.split('|'))));
    nodes.each((_, a) => {
      const id = $(a).attr('data-person')!;
      const href = $(a).attr('href')!;
      expect(href, page).toBe(`${base}people/${id}/`);
      expect(hasPage(site, pathOf(href)!), href).toBe(true);
      // The link's name is its words with spaces, as a screen reader reads it and a reader says it (WCAG 2.5.3).
      expect($(a).find('text').text(), page).toMatch(new RegExp(`^${personOf.get(id)!.data.name}( |$)`));
    });
    // A country's name set above its people is read before them, as it is seen (WCAG 1.3.2): in the order of the
    // markup, each person comes after the heading that names their country, with no other heading between.
    if (!svg.hasClass('network-narrow')) return; // the circle; checkNetwork requires the column
    expect(svg.find('.net-heading').length, `${page}: country headings`).toBeGreaterThan(0);
    let heading = '';
    svg.find('.net-heading, a.net-node').each((_, el) => {
      if ($(el).hasClass('net-heading')) heading = $(el).text().trim();
      else {
        const country = personOf.get($(el).attr('data-person')!)!.data.country;
        expect(heading, `${page}: ${$(el).attr('data-person')}`).toBe(countryName(country));
      }
    });
  }

  /** The opening of the network's visible caption, as long as `expected`, its spaces collapsed. */
  const captionOpening = ($: CheerioAPI, expected: string) =>
    $('figure.network figcaption').text().replace(/\s+/g, ' ').trim().slice(0, expected.length);

  it('the home page draws every pair of people who shared a meeting', () => {
    expect(pairs.size).toBeGreaterThan(5);
    checkNetwork('/', [...pairs.keys()].sort());
  });

  it('each person page draws them, the people they met and the pairs among those, or says there is none', () => {
    for (const person of corpus.people) {
      const page = `/people/${person.id}/`;
      const ids = touching(new Set([person.id]));
      if (ids.size === 0) {
        const $ = readPage(site, page);
        expect($('svg.network-svg').length, page).toBe(0);
        expect($('.heading:has(#met-with)').next('p').text(), page).toMatch(/no network to draw/);
        continue;
      }
      const $ = checkNetwork(page, among(ids), person.id);
      expect($('a.net-centre').attr('data-person'), page).toBe(person.id);
      const scope = `Drawn: ${person.data.name} and everyone ${person.data.name} met.`;
      expect(captionOpening($, scope), page).toBe(scope);
    }
  });

  it('each country page draws its people, the people they met and the pairs among those, or says there is none', () => {
    let drawn = 0;
    for (const country of corpus.countries) {
      const page = `/countries/${country.id}/`;
      const own = new Set(corpus.people.filter((p) => p.data.country === country.id).map((p) => p.id));
      const ids = touching(own);
      if (ids.size === 0) {
        const $ = readPage(site, page);
        expect($('svg.network-svg').length, page).toBe(0);
        expect($('.heading:has(#who-met-whom)').next('p').text(), page).toMatch(/no network to draw/);
        continue;
      }
      drawn++;
      const $ = checkNetwork(page, among(ids));
      // The caption says who is drawn, which is why a pair that met without the country's people can be in it.
      const scope = `Drawn: the people from ${countryInText(country.data)} in the record and everyone they met.`;
      expect(captionOpening($, scope), page).toBe(scope);
    }
    expect(drawn).toBeGreaterThan(2);
  });

  /** The map's markers: place id → {href, inferred, class}. */
  function markers(page: string) {
    const $ = readPage(site, page);
    const map = $('figure.locator-map');
    expect(map.length, `${page} has one map`).toBe(1);
    expect(map.find('svg').attr('role')).toBe('group');
    expect(map.find(`#${map.find('svg').attr('aria-labelledby')}`).is('title')).toBe(true);
    const caption = map.find('figcaption').text().replace(/\s+/g, ' ');
    expect(caption).toContain('Boundaries: Natural Earth (public domain) via world-atlas');
    // A meeting's place line gives the city's country beside the paragraph that names the city: the map says where
    // the country (and the marker) come from.
    expect(caption).toContain('Where each city lies, and its country: public geodata, not the sources’.');
    const out = new Map<string, { href: string; inferred: boolean; hollow: boolean; at: number[]; label: string }>();
    map.find('a.map-marker').each((_, a) => {
      const id = $(a).attr('data-place')!;
      expect(out.has(id), `${page}: one marker for ${id}`).toBe(false);
      out.set(id, {
        href: $(a).attr('href')!,
        inferred: $(a).attr('data-inferred') === 'true',
        hollow: $(a).hasClass('map-inferred'),
        at: [Number($(a).find('circle').attr('cx')), Number($(a).find('circle').attr('cy'))],
        label: $(a).find('text').text().trim(),
      });
    });
    return { $, map, out };
  }

  /** Each marker stands where its place is on a map of these places fitted at this width, under the place's name. */
  function checkPositions(page: string, out: ReturnType<typeof markers>['out'], width: number, more: LatLon[] = []) {
    const region = fitRegion([...[...out.keys()].map((id) => placeOf.get(id)!.data), ...more], width);
    for (const [id, marker] of out) {
      const { x, y } = project(region, placeOf.get(id)!.data);
      expect(marker.at, `${page}: the marker of ${id}`).toEqual([x, y]);
      expect(marker.label, `${page}: the marker of ${id}`).toBe(placeOf.get(id)!.data.name);
    }
  }

  /** Places of some meetings → their meetings, and whether every one of them infers the place. */
  const byPlace = (meetings: typeof corpus.meetings) => {
    const out = new Map<string, { meetings: string[]; inferred: boolean }>();
    for (const m of meetings) {
      const e = out.get(m.data.place.place) ?? { meetings: [], inferred: true };
      e.meetings.push(m.id);
      e.inferred &&= m.data.place.inferred;
      out.set(m.data.place.place, e);
    }
    return out;
  };

  const isInferredAt = (id: string) => corpus.meetings.find((m) => m.id === id)!.data.place.inferred;

  /** Each expected place has one marker linking to its meeting, or to the list entry of its meetings. */
  function checkMarkers(page: string, expected: ReturnType<typeof byPlace>, more: LatLon[] = []) {
    const { $, map, out } = markers(page);
    expect(new Set(out.keys()), page).toEqual(new Set(expected.keys()));
    checkPositions(page, out, MAP_WIDTH, more);
    for (const [place, { meetings, inferred }] of expected) {
      const marker = out.get(place)!;
      expect(marker.inferred, `${page} ${place}`).toBe(inferred);
      expect(marker.hollow, `${page} ${place}`).toBe(inferred);
      expect(map.find('desc').text(), page).toContain(placeOf.get(place)!.data.name);
      if (meetings.length === 1) {
        expect(marker.href, `${page} ${place}`).toBe(`${base}meetings/${meetings[0]}/`);
      } else {
        expect(marker.href).toBe(`#map-place-${place}`);
        const entry = $(`#map-place-${place}`);
        expect(
          entry
            .find('a')
            .map((_, a) => $(a).attr('href'))
            .get(),
        ).toEqual(meetings.map((id) => `${base}meetings/${id}/`));
        // A place inferred for some of its meetings and stated for others: the list marks each inferred one.
        expect(
          entry
            .find('a')
            .map((_, a) => $(a).next().is('.precision') && $(a).next().text().trim() === '(place inferred)')
            .get(),
          `${page} ${place}: which meetings are marked as having their place inferred`,
        ).toEqual(meetings.map((id) => !inferred && isInferredAt(id)));
      }
      if (marker.href.startsWith('/')) expect(hasPage(site, pathOf(marker.href)!), marker.href).toBe(true);
    }
    // "The source names the place" holds for a filled marker only where it does for every meeting there.
    const mixed = [...expected.values()].some((p) => !p.inferred && p.meetings.some((id) => isInferredAt(id)));
    const stated = map.find('.map-legend-stated').text();
    if ([...expected.values()].some((p) => !p.inferred))
      expect(stated, page).toMatch(
        mixed
          ? /a source names the place of a meeting held there;.*marked so in the list/s
          : /the source names the place\./,
      );
    else expect(stated, page).toBe('');
    const legend = map.find('.map-legend-inferred').text();
    if ([...expected.values()].some((p) => p.inferred)) expect(legend, page).toMatch(/hollow, dashed.*infers/is);
    else expect(legend, page).toBe('');
  }

  const inOrder = [...corpus.meetings].sort((a, b) => a.data.date.value.localeCompare(b.data.date.value));

  it('the meetings index maps every meeting place once, the inferred one hollow and explained', () => {
    const expected = byPlace(inOrder);
    expect([...expected.values()].some((p) => p.inferred)).toBe(true);
    expect([...expected.values()].some((p) => p.meetings.length > 1)).toBe(true);
    // A place named for one meeting and inferred for another (Tashkent), which the list marks meeting by meeting.
    expect([...expected.values()].some((p) => !p.inferred && p.meetings.some(isInferredAt))).toBe(true);
    checkMarkers('/meetings/', expected);
  });

  it('each meeting page maps its own place, linked to itself', () => {
    for (const m of corpus.meetings) {
      const page = `/meetings/${m.id}/`;
      const { $, map, out } = markers(page);
      expect([...out.keys()], page).toEqual([m.data.place.place]);
      checkPositions(page, out, LOCATOR_WIDTH);
      const marker = out.get(m.data.place.place)!;
      expect(marker.href).toBe(`${base}meetings/${m.id}/`);
      expect(marker.hollow).toBe(m.data.place.inferred);
      expect(map.find('.map-legend-inferred').length).toBe(m.data.place.inferred ? 1 : 0);
      expect(map.find('.map-legend-stated').length).toBe(m.data.place.inferred ? 0 : 1);
      // Its country is shaded, and only its country.
      const iso = isoOf(placeOf.get(m.data.place.place)!.data.country);
      const host = outlineOf([m.data.place.place], LOCATOR_WIDTH, iso);
      expect(host, `${page}: its country is on the map`).toHaveLength(1);
      expect(
        map
          .find('path.map-host')
          .map((_, p) => $(p).attr('d'))
          .get(),
        `${page}: its country is shaded, and no other`,
      ).toEqual(host);
      const name = corpus.countries.find((c) => c.id === placeOf.get(m.data.place.place)!.data.country)!.data.name;
      expect(map.find('.map-legend-shaded').text().trim(), page).toBe(`Shaded: ${name}.`);
      // Its title names the place and its country, saying in words what the hollow marker shows.
      const title = map.find('svg > title').text();
      expect(title, page).toContain(`${placeOf.get(m.data.place.place)!.data.name}, ${name}`);
      expect(title.includes('(place inferred by the site)'), `${page}: ${title}`).toBe(m.data.place.inferred);
    }
    expect(new Set(corpus.meetings.map((m) => m.data.place.inferred))).toEqual(new Set([true, false]));
  });

  it('each country page maps the places of the meetings held there or attended by its people, shading the country', () => {
    let shaded = 0;
    for (const country of corpus.countries) {
      const page = `/countries/${country.id}/`;
      const involved = inOrder.filter(
        (m) =>
          placeOf.get(m.data.place.place)?.data.country === country.id ||
          m.data.participants.some((p) => personOf.get(p.person)?.data.country === country.id),
      );
      if (involved.length === 0) {
        expect(readPage(site, page)('figure.locator-map').length, page).toBe(0);
        continue;
      }
      const expected = byPlace(involved);
      const frame = countryFrame(country.data.iso);
      checkMarkers(page, expected, frame);
      // The country is shaded, whole, and no other country is; the legend names it.
      const host = outlineOf([...expected.keys()], MAP_WIDTH, country.data.iso, frame);
      const $ = readPage(site, page);
      expect(
        $('figure.locator-map path.map-host')
          .map((_, p) => $(p).attr('d'))
          .get(),
        `${page}: the country is shaded, and no other`,
      ).toEqual(host);
      const [width, height] = $('figure.locator-map svg.map-svg').attr('viewBox')!.split(' ').slice(2).map(Number);
      for (const d of host) {
        const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as const);
        const inside = points.every(([x, y]) => x > 0 && x < width! && y > 0 && y < height!);
        expect(inside, `${page}: ${country.data.name} is on the map whole, not cut by its frame`).toBe(true);
      }
      expect($('figure.locator-map .map-legend-shaded').text().trim(), page).toBe(`Shaded: ${country.data.name}.`);
      shaded += host.length;
    }
    expect(shaded).toBeGreaterThan(0);
  });
});
