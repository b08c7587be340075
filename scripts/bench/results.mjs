// Writes bench/RESULTS.md from a benchmark run. Text below the NOTES marker
// in the existing file is written by hand and kept across runs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { BUDGETS } from './budgets.mjs';
import { CATEGORIES } from './lighthouse.mjs';

const FILE = 'bench/RESULTS.md';
const NOTES = '<!-- Notes below this line are kept when the file is regenerated. -->';

const fixed = (n, digits = 1) => n.toFixed(digits);
const perPage = (run) => (run.seconds / run.pages) * 1000;
/** This site's build with the search index's time taken out, when it was measured. */
const searchless = (site) => site.search && { pages: site.pages, seconds: site.seconds - site.search.seconds };

function sizeTable({ meetings, shape, site, bare, heavy }) {
  const shapeLine = Object.entries(shape).map(([k, v]) => `${v} ${k}`).join(', ');
  const withoutSearch = searchless(site);
  /** A row: this site's figure (of `mine`, this site's build unless given), then each bare site's with this site's over it when `ratio` is given. */
  const row = (label, value, ratio, mine = site) =>
    `| ${label} | ${value(mine)} | ${[bare, heavy].map((b) => `${value(b)} | ${ratio ? `${fixed(ratio(mine) / ratio(b), 2)}×` : ''}`).join(' | ')} |`;
  return [
    `### N = ${meetings} meetings`,
    '',
    `Corpus: ${shapeLine}.`,
    '',
    '| | This site | Bare Astro | Ratio | Bare Astro, pages and record as heavy | Ratio |',
    '|---|---:|---:|---:|---:|---:|',
    row('Pages', (r) => r.pages),
    row('Mean page: HTML (KB)', (r) => fixed(r.mean.bytes / 1024)),
    row('Mean page: elements', (r) => fixed(r.mean.elements, 0)),
    row('Content data store (MB)', (r) => fixed(r.store / 2 ** 20)),
    row('Wall time (s)', (r) => fixed(r.seconds), (r) => r.seconds),
    row('Pages per second', (r) => fixed(r.pages / r.seconds)),
    row('Cost per page (ms)', (r) => fixed(perPage(r), 2), perPage),
    row('Peak memory (MB)', (r) => fixed(r.peakMb, 0), (r) => r.peakMb),
    ...(site.search
      ? [
          `| of which the search index (s) | ${fixed(site.search.seconds)} | — | | — | |`,
          row('Without the search index: cost per page (ms)', (r) => fixed(perPage(r), 2), perPage, withoutSearch),
          `| Search index alone: peak memory (MB) | ${fixed(site.search.peakMb, 0)} | — | | — | |`,
        ]
      : []),
    '',
    ...(site.heaviest
      ? [
          'The heaviest page of each kind (redirect pages aside):',
          '',
          '| Kind | Path | HTML (KB) | gzipped (KB) |',
          '|---|---|---:|---:|',
          ...site.heaviest.map((p) => `| ${p.kind} | \`${p.path}\` | ${fixed(p.kb)} | ${fixed(p.gzipKb)} |`),
          '',
        ]
      : []),
  ];
}

/** What Astro itself costs for pages and a record as heavy as this site's, and what this site costs beyond it, at one size. */
function astroFloor({ meetings, site, bare, heavy }) {
  const cost = (r) => perPage(r) / perPage(bare);
  const beyond = (r) => perPage(r) / perPage(heavy);
  const withoutSearch = searchless(site);
  // Judged as shown, to two places, so that a verdict never contradicts its figure.
  const [time, memory] = [beyond(site), site.peakMb / heavy.peakMb].map((x) => Number(x.toFixed(2)));
  // A build's peak memory moves between runs with the moment its collector runs: each run's is given.
  const peaks = (r) => (r.peaks?.length > 1 ? ` (${r.peaks.map((p) => fixed(p, 0)).join(' and ')} MB in its runs)` : '');
  return (
    `Where Astro itself is the floor (N = ${meetings}): bare Astro whose pages are as heavy as this site’s ` +
    `(${fixed(heavy.mean.bytes / 1024)} KB of HTML and ${fixed(heavy.mean.elements, 0)} elements on average, against ${fixed(site.mean.bytes / 1024)} KB and ${fixed(site.mean.elements, 0)}) ` +
    `and whose content data store holds this site’s record (${fixed(heavy.store / 2 ** 20)} MB with its own entries, against ${fixed(site.store / 2 ** 20)} MB) costs ${fixed(cost(heavy), 2)}× ` +
    `its plain pages’ time a page and ${fixed(heavy.peakMb / bare.peakMb, 2)}× their peak memory. This site costs ` +
    `${fixed(time, 2)}× that floor a page` +
    (withoutSearch ? ` (${fixed(beyond(withoutSearch), 2)}× without the search index)` : '') +
    ` and ${fixed(memory, 2)}× its peak memory: ${fixed(site.peakMb, 0)} MB${peaks(site)} against ${fixed(heavy.peakMb, 0)} MB${peaks(heavy)}. ` +
    // The budgets' own margins say, for each measure, when this site is near enough the floor for Astro to be what bounds it.
    (time > BUDGETS.costRatio
      ? `Its time, more than the budget’s ${BUDGETS.costRatio}× of that floor, is this site’s own work, its pages’ and the search index’s. `
      : `Its time is within the budget’s ${BUDGETS.costRatio}× of that floor: Astro itself bounds it. `) +
    (memory > BUDGETS.memoryRatio
      ? `Its peak memory, more than the budget’s ${BUDGETS.memoryRatio}× of that floor, is this site’s own work beyond the pages Astro writes and the record it holds.`
      : `Its peak memory is within the budget’s ${BUDGETS.memoryRatio}× of that floor: what bounds it is Astro itself, holding this record.`)
  );
}

/** Fixed start-up cost and cost of each further page, from the two largest sizes. */
function marginal(rows, which) {
  const [a, b] = rows.slice(-2).map((r) => r[which]);
  const perPageMs = ((b.seconds - a.seconds) / (b.pages - a.pages)) * 1000;
  return { perPageMs, startup: a.seconds - (perPageMs / 1000) * a.pages };
}

export function writeResults({ rows, budgets, lighthouse, repeat }) {
  const astro = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (scripts/bench/) on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${fixed(totalmem() / 2 ** 30)} GB RAM; ` +
      `Node ${process.version}, Astro ${astro}, ${process.platform}.`,
    '',
    'Each size builds a synthetic corpus (scripts/bench/corpus.mjs: real schemas, excerpts matching their captures, ' +
      'validated by src/lib/validate.ts first) through the real build (`npm run build`: `astro build`, then the ' +
      'Pagefind search index once Astro has exited), then a bare Astro site ' +
      '(scripts/bench/bare.mjs: one content collection of plain Markdown entries, one dynamic route) with the same ' +
      'number of pages, twice: with plain pages, which the budgets are measured against, and with each page padded by ' +
      'paragraphs with a link each to this site’s mean page size and number of elements and its entries carrying this site’s ' +
      'records between them (their data as its schemas give it, and their body; not rendered), so that its content data store holds this site’s ' +
      'record in its size and its shape: Astro’s own cost for pages and a record that heavy. ' +
      'Every build starts cold (fresh output and cache folders)' +
      (repeat > 1
        ? `; each is run ${repeat} times, this site and the bare sites taking turns so that all meet the machine as it was at the time, and the fastest run of each is kept, the one least disturbed by the rest of the machine`
        : '') +
      '. Wall time is the whole build ' +
      'command. Peak memory is that of the build’s process tree, read from /proc every 50 ms: the largest sum of the ' +
      'VmHWM (the kernel’s per-process peak resident set) of the processes alive together.',
    '',
    '## Builds',
    '',
    ...rows.flatMap(sizeTable),
  ];
  if (rows.length >= 2) {
    const fits = ['site', 'bare', 'heavy'].map((which) => marginal(rows, which));
    const [a, b] = rows.slice(-2);
    lines.push(
      `### Scaling, N = ${a.meetings} → ${b.meetings}`,
      '',
      '| | This site | Bare Astro | Bare Astro, pages and record as heavy |',
      '|---|---:|---:|---:|',
      `| Cost of each further page (ms) | ${fits.map((f) => fixed(f.perPageMs, 2)).join(' | ')} |`,
      `| Fixed start-up cost (s) | ${fits.map((f) => fixed(f.startup)).join(' | ')} |`,
      '',
    );
  }
  lines.push('## Budgets', '', `Cost per page ≤ ${BUDGETS.costRatio}× bare Astro; exponent ≤ ${BUDGETS.exponent}; peak memory ≤ ${BUDGETS.memoryRatio}× bare Astro.`, '');
  lines.push('| Budget | Measured | Verdict |', '|---|---:|---|', ...budgets.map((b) => `| ${b.name} | ${b.value} | ${b.pass ? 'PASS' : 'FAIL'} |`), '');
  const largest = rows.at(-1);
  if (largest) lines.push(astroFloor(largest), '');
  if (lighthouse) {
    lines.push(
      '## Lighthouse',
      '',
      'The real site (content/), served by Astro’s preview server; Lighthouse’s default (mobile) settings, Debian’s chromium, headless. Target: 100 in each.',
      '',
      `| Page | Path | ${CATEGORIES.join(' | ')} |`,
      `|---|---|${CATEGORIES.map(() => '---:').join('|')}|`,
      ...lighthouse.map((r) => `| ${r.label} | \`${r.path}\` | ${r.error ? `failed: ${r.error}` : CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`),
      '',
    );
    const shortfalls = [...new Set(lighthouse.flatMap((r) => r.shortfalls ?? []))];
    if (shortfalls.length) lines.push('Audits below full marks on some page:', '', ...shortfalls.map((s) => `- ${s}`), '');
    const skipped = lighthouse.filter((r) => r.skipped);
    if (skipped.length)
      lines.push('Audits not run on some page:', '', ...skipped.map((r) => `- \`${r.path}\`: ${r.skipped.audits.join(', ')}, since ${r.skipped.reason}`), '');
  }
  const old = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  const notes = old.includes(NOTES) ? old.slice(old.indexOf(NOTES) + NOTES.length).trim() : '';
  lines.push(NOTES, '', ...(notes ? [notes, ''] : []));
  mkdirSync('bench', { recursive: true });
  writeFileSync(FILE, lines.join('\n'));
  return FILE;
}
