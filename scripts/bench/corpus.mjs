// A synthetic content tree in the real schemas, for the scale benchmark and the
// tests' long record (tests/global-setup.ts): N meetings with their people,
// places, organizations, agreements, events and citations into generated sources
// whose excerpts match their captures line for line, so paragraph numbering
// and citation checks run as they do on the real record. Deterministic: the
// same N always gives the same tree.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoBounds, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';

/** Real countries with their ISO 3166-1 numeric codes, so a map could place them. */
const COUNTRIES = [
  ['Afghanistan', '004'], ['Armenia', '051'], ['Azerbaijan', '031'], ['Bangladesh', '050'], ['Belarus', '112'],
  ['Bhutan', '064'], ['Brazil', '076'], ['Cambodia', '116'], ['China', '156'], ['Egypt', '818'],
  ['France', '250'], ['Georgia', '268'], ['Germany', '276'], ['India', '356'], ['Indonesia', '360'],
  ['Iran', '364'], ['Iraq', '368'], ['Israel', '376'], ['Italy', '380'], ['Japan', '392'],
  ['Jordan', '400'], ['Kazakhstan', '398'], ['Kuwait', '414'], ['Kyrgyzstan', '417'], ['Laos', '418'],
  ['Malaysia', '458'], ['Mongolia', '496'], ['Myanmar', '104'], ['Nepal', '524'], ['North Korea', '408'],
  ['Oman', '512'], ['Pakistan', '586'], ['Philippines', '608'], ['Qatar', '634'], ['Russia', '643'],
  ['Saudi Arabia', '682'], ['Senegal', '686'], ['South Korea', '410'], ['Sri Lanka', '144'], ['Syria', '760'],
  ['Tajikistan', '762'], ['Thailand', '764'], ['Turkey', '792'], ['Turkmenistan', '795'], ['Ukraine', '804'],
  ['United Arab Emirates', '784'], ['United Kingdom', '826'], ['United States', '840'], ['Uzbekistan', '860'], ['Vietnam', '704'],
];
const SYLLABLES = ['ba', 'ke', 'lo', 'mi', 'nur', 'sa', 'ti', 'vo', 'zha', 'ren', 'gul', 'dor', 'shan', 'yer', 'kim', 'tas', 'bek', 'lan', 'hu', 'pel'];
const FIRST = ['Arman', 'Bakhyt', 'Chen', 'Daniyar', 'Erlan', 'Farrukh', 'Gulnara', 'Hamid', 'Islom', 'Jamshid', 'Kairat', 'Li', 'Murat', 'Nodir', 'Olga', 'Pavel', 'Rustam', 'Sanjar', 'Timur', 'Wang'];
const WORDS = ('security cooperation ministry interior border police training exchange terrorism extremism separatism ' +
  'drug trafficking cybercrime delegation agreement protocol programme session talks minister deputy officials ' +
  'regional stability joint operations information sharing equipment assistance academy personnel customs ' +
  'migration prosecutors courts investigation transnational crime framework meeting visit capital').split(' ');
const ROLES = ['Minister of Internal Affairs', 'Minister of Public Security', 'Deputy Minister of Internal Affairs', 'Prosecutor-General', 'Chairman of the State Security Committee', 'Head of the Border Service', 'President', 'Secretary of the Security Council'];
const ORG_KINDS = ['Ministry of Internal Affairs', 'State Security Committee', 'Border Service', 'Prosecutor-General’s Office'];
const AGREEMENT_KINDS = ['agreement', 'memorandum', 'programme', 'plan', 'protocol'];
const PARAGRAPHS = 14;

/** A small seeded generator (mulberry32), so every run builds the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The outlines of the world atlas the maps draw and the validator checks places against (src/lib/atlas.ts). */
const WORLD = createRequire(import.meta.url)('world-atlas/countries-110m.json');
const OUTLINES = new Map(feature(WORLD, WORLD.objects.countries).features.map((f) => [String(f.id), f]));

/**
 * A point ({ latitude, longitude }, to four decimals as the real places give them) inside the atlas outline of the
 * country with this code: drawn from its bounding box, by a generator seeded with `seed`, until one lies inside (a box
 * across the antimeridian, as Russia's is, is drawn from as one box). The same seed always gives the same point.
 */
function pointIn(iso, seed) {
  const outline = OUTLINES.get(iso);
  if (!outline) throw new Error(`the world atlas has no country "${iso}"`);
  const [[west, south], [east, north]] = geoBounds(outline);
  const width = east >= west ? east - west : east + 360 - west;
  const rand = random(seed);
  const round = (x) => Math.round(x * 1e4) / 1e4;
  for (let tries = 0; tries < 10000; tries++) {
    const longitude = round(((west + rand() * width + 540) % 360) - 180);
    const latitude = round(south + rand() * (north - south));
    if (geoContains(outline, [longitude, latitude])) return { latitude, longitude };
  }
  throw new Error(`no point found inside the atlas outline of "${iso}"`);
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const pad = (n) => String(n).padStart(2, '0');
/** A period of years ("2013/2014") starting in the year of a date and lasting `more` years after it. */
const period = (date, more) => `${date.slice(0, 4)}/${Number(date.slice(0, 4)) + more}`;
const cite = (source, n) => `${source}#p${n}`;

/** Frontmatter as JSON, which is YAML too, and a body. */
function write(dir, id, data, body = '') {
  writeFileSync(join(dir, `${id}.md`), `---\n${JSON.stringify(data, null, 1)}\n---\n${body}`);
}

/** How many records of each kind a corpus of N meetings has. */
export function corpusShape(meetings) {
  return {
    meetings,
    people: Math.ceil(meetings / 3),
    sources: Math.ceil(meetings / 4),
    countries: COUNTRIES.length,
    places: COUNTRIES.length * 2,
    organizations: COUNTRIES.length * 2 + Math.ceil(meetings / 100),
    agreements: Math.ceil(meetings / 10),
    events: Math.ceil(meetings / 20),
  };
}

/**
 * Writes a corpus of `meetings` meetings to `root` (replacing it) and returns its shape.
 * @param {string} root
 * @param {number} meetings
 * @param {{ agreements?: number, events?: number }} [more] more agreements or events than the usual shape (the tests' long record)
 */
export function generateCorpus(root, meetings, more = {}) {
  const shape = { ...corpusShape(meetings), ...more, meetings };
  const rand = random(meetings);
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  // A few people and places take part in most meetings, as in a real record.
  const skewed = (n) => Math.floor(n * rand() ** 2);
  const sentence = (words) => {
    const text = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };

  rmSync(root, { recursive: true, force: true });
  const dirs = {};
  for (const name of ['captures', 'sources', 'meetings', 'people', 'countries', 'organizations', 'places', 'agreements', 'events']) {
    dirs[name] = join(root, name);
    mkdirSync(dirs[name], { recursive: true });
  }

  // Sources: line 1 the headline, line 2 page furniture left out, then the article.
  const sources = Array.from({ length: shape.sources }, (_, i) => `bench-source-${i + 1}`);
  /** The year the ith source was published: the years 2000 to 2024 in turn. */
  const publishedIn = (i) => 2000 + (i % 25);
  const articleLines = Array.from({ length: PARAGRAPHS }, (_, k) => k + 3);

  // People, each spelled in a paragraph of one source, which their spelling cites (as the validator requires); one
  // in ten has a second spelling, in the next paragraph, which becomes a redirecting URL.
  const persons = Array.from({ length: shape.people }, (_, i) => {
    const surname = [0, 1, 2].map((d) => SYLLABLES[Math.floor(i / SYLLABLES.length ** d) % SYLLABLES.length]).join('');
    const name = `${FIRST[i % FIRST.length]} ${surname[0].toUpperCase()}${surname.slice(1)}`;
    const source = i % sources.length;
    const line = (k) => articleLines[(Math.floor(i / sources.length) + k) % PARAGRAPHS];
    const spellings = [name, ...(i % 10 === 0 ? [`${name}ov`] : [])].map((text, k) => ({ text, source, line: line(k) }));
    return { id: slug(name), name, spellings };
  });
  const spelledIn = new Map();
  for (const p of persons) for (const s of p.spellings) spelledIn.set(`${s.source}:${s.line}`, [...(spelledIn.get(`${s.source}:${s.line}`) ?? []), s.text]);

  const captureOf = new Map();
  const writeSources = [];
  sources.forEach((id, i) => {
    const headline = `Report ${i + 1}: ${sentence(6)}`;
    const paragraph = (n) => {
      const names = spelledIn.get(`${i}:${n}`);
      return `${sentence(14)} ${sentence(18)} ${sentence(12)}${names ? ` ${names.join(' and ')} took part.` : ''}`;
    };
    const lines = [headline, 'Share this article', ...articleLines.map(paragraph)];
    const file = `${id}.txt`;
    captureOf.set(id, lines);
    // Written last, once each paragraph gives the days of the records that cite it for their dates.
    writeSources.push(() => {
      writeFileSync(join(dirs.captures, file), lines.join('\n') + '\n');
      const year = publishedIn(i);
      write(dirs.sources, id, {
        title: headline,
        titleIsEditorial: false,
        shortTitle: `Report ${i + 1} (${year})`,
        publisher: i % 3 === 0 ? null : { name: `Agency ${(i % 40) + 1}`, basis: 'Named in the capture’s byline.' },
        published: { value: String(year), cites: [cite(id, 1)] },
        language: 'en',
        capture: {
          file,
          headline: 1,
          leftOut: [{ lines: [2], kind: 'furniture', what: 'A sharing button.' }],
          notes: 'Synthetic capture generated for the benchmark.',
        },
      }, lines.filter((_, k) => k !== 1).join('\n\n') + '\n');
    });
  });
  const someCites = (source, count) => {
    const ns = new Set(Array.from({ length: count }, () => pick(articleLines)));
    return [...ns].map((n) => cite(source, n));
  };
  /** A date given to the day is one its first cited paragraph gives, as the validator requires (statesDay). */
  const stateDay = (date) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
      const [source, n] = date.cites[0].split('#p');
      const lines = captureOf.get(source);
      if (!lines[Number(n) - 1].includes(date.value)) lines[Number(n) - 1] += ` Dated ${date.value}.`;
    }
    return date;
  };

  const countries = COUNTRIES.map(([name, iso], i) => {
    const id = slug(name);
    write(dirs.countries, id, { name, iso, named: someCites(sources[i % sources.length], 2) });
    return id;
  });
  const places = countries.flatMap((country, i) =>
    [1, 2].map((k) => {
      const id = `${country}-city-${k}`;
      const [name, iso] = COUNTRIES[i];
      // Inside its country's outline, as the validator requires; the same for every N.
      write(dirs.places, id, { name: `${name} City ${k}`, country, ...pointIn(iso, i * 2 + k) });
      return { id, country };
    }),
  );

  const writePeople = [];
  const people = persons.map((p, i) => {
    const source = sources[i % sources.length];
    const spellings = p.spellings.map((s) => ({ text: s.text, cites: [cite(source, s.line)] }));
    const roles = [{ title: `${pick(ROLES)} of ${COUNTRIES[i % countries.length][0]}`, cites: someCites(source, 1) }];
    const named = [...new Set(spellings.flatMap((s) => s.cites))];
    // Spellings filed as one person are the site's inference (schema.ts: samePerson), with the paragraphs of each.
    const samePerson = spellings.length > 1 && {
      inferred: true,
      basis: "The spellings differ only in their last two letters; no source says they are one person.",
      cites: [...named],
    };
    // Written last, once the meetings have named their participants in the paragraphs they cite.
    writePeople.push(() =>
      write(dirs.people, p.id, { name: p.name, country: countries[i % countries.length], spellings, ...(samePerson && { samePerson }), roles, named }),
    );
    return { id: p.id, role: roles[0].title, spelling: spellings[0], named };
  });
  /**
   * A participant's row cites a paragraph of the meeting's report that names them, as the validator requires: the
   * paragraph names them as their first spelling, which cites it, and so does their record's `named`.
   */
  const nameIn = (person, citation) => {
    const [source, n] = citation.split('#p');
    const lines = captureOf.get(source);
    if (!person.named.includes(citation)) {
      lines[Number(n) - 1] += ` ${person.spelling.text} took part.`;
      person.named.push(citation);
      person.spelling.cites.push(citation);
    }
    return citation;
  };

  const organizations = Array.from({ length: shape.organizations }, (_, i) => {
    const national = i < countries.length * ORG_KINDS.length / 2;
    const country = national ? countries[i % countries.length] : undefined;
    const name = national ? `${ORG_KINDS[i % ORG_KINDS.length]} of ${COUNTRIES[i % countries.length][0]}` : `Regional Security Forum ${i + 1}`;
    const id = `${slug(name)}-${i + 1}`;
    write(dirs.organizations, id, { name, ...(country && { country }), named: someCites(sources[i % sources.length], 2) });
    return id;
  });

  const meetingIds = [];
  for (let i = 0; i < meetings; i++) {
    // Four meetings to a source; one in five is also reported by the next.
    const reporter = Math.floor(i / 4) % sources.length;
    const source = sources[reporter];
    const second = i % 5 === 0 ? sources[(Math.floor(i / 4) + 1) % sources.length] : undefined;
    const citesOf = (count) => [...someCites(source, count), ...(second && rand() < 0.5 ? someCites(second, 1) : [])];
    // In the year its source was published or the year before: a source reports what happened before it.
    const day = `${publishedIn(reporter) - int(2)}-${pad(1 + int(12))}-${pad(1 + int(28))}`;
    const byMonth = i % 7 === 0;
    const inferred = i % 10 === 0;
    // One in fifty is dated only to a period of two years, as a source may say "in 2013 or 2014".
    const value = i % 50 === 25 ? period(day, 1) : byMonth ? day.slice(0, 7) : day;
    // One in forty (all inferred) is known only as on or before its day, as a report tells of a meeting as held; half
    // of those also as in or after a month of the year before, as a report may say what it followed.
    const latest = i % 40 === 20 && !byMonth;
    const earliest = i % 80 === 20 && !byMonth ? `${Number(day.slice(0, 4)) - 1}${day.slice(4, 7)}` : undefined;
    const date = {
      value,
      ...(latest && { onOrBefore: true }),
      ...(earliest && { onOrAfter: earliest }),
      ...(inferred && { inferred: true, basis: latest ? 'The source tells of the meeting as held by that day.' : 'The source gives the day and month; the year is that of its publication.' }),
      cites: citesOf(1),
    };
    const place = places[skewed(places.length)];
    const who = new Set();
    const size = 2 + int(3);
    while (who.size < size) who.add(people[skewed(people.length)]);
    const participants = [...who].map((p) => {
      const cites = citesOf(1);
      nameIn(p, cites[0]);
      return { person: p.id, role: p.role, cites };
    });
    const id = `${value.replace('/', '-')}-${place.id}-${i + 1}`;
    write(dirs.meetings, id, {
      title: `Meeting ${i + 1} of security officials in ${place.id.replace(/-/g, ' ')}`,
      date: stateDay(date),
      place: { place: place.id, ...(i % 6 === 0 && { inferred: true, basis: 'The source names the country; the capital is inferred.' }), cites: citesOf(1) },
      participants,
      topics: Array.from({ length: 2 + int(2) }, () => ({ text: sentence(10), cites: citesOf(2) })),
      outcomes: Array.from({ length: int(3) }, () => ({ text: sentence(12), cites: citesOf(1) })),
      notes: i % 4 === 0 ? [{ text: sentence(8), inferred: true, basis: sentence(10), cites: citesOf(1) }] : [],
    });
    meetingIds.push({ id, source, date: date.value });
  }

  for (let i = 0; i < shape.agreements; i++) {
    const meeting = meetingIds[(i * 10) % meetingIds.length];
    const parties = [...new Set([organizations[skewed(organizations.length)], organizations[int(organizations.length)]])];
    write(dirs.agreements, `bench-agreement-${i + 1}`, {
      title: `Cooperation ${AGREEMENT_KINDS[i % AGREEMENT_KINDS.length]} ${i + 1}`,
      kind: AGREEMENT_KINDS[i % AGREEMENT_KINDS.length],
      parties: parties.map((organization) => ({ organization, cites: someCites(meeting.source, 1) })),
      // One in nine has no date of signing, as one of the real record's nine has none; one in three is dated to
      // a period of two years, as three of the real record's are ("2013/2014").
      ...(i % 9 !== 8 && { signed: stateDay({ value: i % 3 === 2 ? period(meeting.date, 1) : meeting.date, cites: someCites(meeting.source, 1) }) }),
      ...(i % 2 === 0 && { meeting: { meeting: meeting.id, relation: 'Signed at this meeting.', cites: someCites(meeting.source, 1) } }),
      subjects: [{ text: sentence(10), cites: someCites(meeting.source, 2) }],
    });
  }

  for (let i = 0; i < shape.events; i++) {
    const meeting = meetingIds[(i * 20 + 7) % meetingIds.length];
    write(dirs.events, `bench-event-${i + 1}`, {
      title: `Event ${i + 1}: ${sentence(5)}`,
      // One in ten is dated to a period of three years.
      date: stateDay({ value: i % 10 === 3 ? period(meeting.date, 2) : meeting.date, cites: someCites(meeting.source, 1) }),
      summary: { text: sentence(16), cites: someCites(meeting.source, 1) },
      countries: [countries[int(countries.length)]],
      organizations: [organizations[skewed(organizations.length)]],
      // One in three concerns a person, drawn as a meeting's participants are: a few people come up most often.
      ...(i % 3 === 0 && { people: [people[skewed(people.length)].id] }),
    });
  }
  for (const writeRecord of [...writePeople, ...writeSources]) writeRecord();
  return shape;
}
