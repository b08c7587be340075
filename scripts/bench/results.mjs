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

function sizeTable({ meetings, shape, site, bare }) {
  const shapeLine = Object.entries(shape).map(([k, v]) => `${v} ${k}`).join(', ');
  return [
    `### N = ${meetings} meetings`,
    '',
    `Corpus: ${shapeLine}.`,
    '',
    '| | This site | Bare Astro | Ratio |',
    '|---|---:|---:|---:|',
    `| Pages | ${site.pages} | ${bare.pages} | |`,
    `| Wall time (s) | ${fixed(site.seconds)} | ${fixed(bare.seconds)} | ${fixed(site.seconds / bare.seconds, 2)}× |`,
    `| Pages per second | ${fixed(site.pages / site.seconds)} | ${fixed(bare.pages / bare.seconds)} | |`,
    `| Cost per page (ms) | ${fixed(perPage(site), 2)} | ${fixed(perPage(bare), 2)} | ${fixed(perPage(site) / perPage(bare), 2)}× |`,
    `| Peak memory (MB) | ${fixed(site.peakMb, 0)} | ${fixed(bare.peakMb, 0)} | ${fixed(site.peakMb / bare.peakMb, 2)}× |`,
    ...(site.search
      ? [
          `| of which the search index (s) | ${fixed(site.search.seconds)} | — | |`,
          `| Without the search index: cost per page (ms) | ${fixed(((site.seconds - site.search.seconds) / site.pages) * 1000, 2)} | ${fixed(perPage(bare), 2)} | ${fixed((site.seconds - site.search.seconds) / site.pages / (bare.seconds / bare.pages), 2)}× |`,
          `| Search index alone: peak memory (MB) | ${fixed(site.search.peakMb, 0)} | — | |`,
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
      'number of pages. Every build starts cold (fresh output and cache folders)' +
      (repeat > 1
        ? `; each is run ${repeat} times, this site and bare Astro taking turns so that both meet the machine as it was at the time, and the fastest run of each is kept, the one least disturbed by the rest of the machine`
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
    const site = marginal(rows, 'site');
    const bare = marginal(rows, 'bare');
    const [a, b] = rows.slice(-2);
    lines.push(
      `### Scaling, N = ${a.meetings} → ${b.meetings}`,
      '',
      '| | This site | Bare Astro |',
      '|---|---:|---:|',
      `| Cost of each further page (ms) | ${fixed(site.perPageMs, 2)} | ${fixed(bare.perPageMs, 2)} |`,
      `| Fixed start-up cost (s) | ${fixed(site.startup)} | ${fixed(bare.startup)} |`,
      '',
    );
  }
  lines.push('## Budgets', '', `Cost per page ≤ ${BUDGETS.costRatio}× bare Astro; exponent ≤ ${BUDGETS.exponent}; peak memory ≤ ${BUDGETS.memoryRatio}× bare Astro.`, '');
  lines.push('| Budget | Measured | Verdict |', '|---|---:|---|', ...budgets.map((b) => `| ${b.name} | ${b.value} | ${b.pass ? 'PASS' : 'FAIL'} |`), '');
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
  }
  const old = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  const notes = old.includes(NOTES) ? old.slice(old.indexOf(NOTES) + NOTES.length).trim() : '';
  lines.push(NOTES, '', ...(notes ? [notes, ''] : []));
  mkdirSync('bench', { recursive: true });
  writeFileSync(FILE, lines.join('\n'));
  return FILE;
}
