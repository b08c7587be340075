// The reference worker (src/lib/reference-worker.ts) run as the build runs
// it, a worker thread under plain Node, and the formatter pages call
// (src/lib/references.ts): every page gets the reference it would format in place,
// the one a page waits for comes first, and a failure falls back to the page.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { CITED_KINDS, everyPageCitation, formatReference, type CslItem, type PageContext } from '../../src/lib/cite';
import { buildGraph } from '../../src/lib/graph';
import type { Formatted, Request } from '../../src/lib/reference-worker';
import { referenceFormatter } from '../../src/lib/references';
import { realCorpus } from '../helpers/corpus';

const WORKER = new URL('../../src/lib/reference-worker.ts', import.meta.url);
const graph = buildGraph(realCorpus());
const ctx = (kind: string, id: string): PageContext => ({
  url: `https://cite.example.org/${kind}/${id}/`,
  built: '2026-03-07',
  siteTitle: 'Test Site',
});
const items = everyPageCitation(graph, ctx);
/** Many more items than one batch of the worker (20): the real items under many titles. */
const many: CslItem[] = Array.from({ length: 10 }, (_, n) =>
  items.map((item) => ({ ...item, id: `${item.id}_${n}`, title: `${item.title} ${n}` })),
).flat();

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((end) => end()));
});

/** Starts the worker, sends it `requests`, and collects its batches until `count` answers are in. */
function collect(requests: Request[], count: number): Promise<Formatted[]> {
  const worker = new Worker(WORKER);
  cleanup.push(() => worker.terminate());
  const batches: Formatted[] = [];
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (batch: Formatted) => {
      batches.push(batch);
      if (batches.flat().length >= count) resolve(batches);
    });
    for (const request of requests) worker.postMessage(request);
  });
}

const pairs = (list: CslItem[]): Array<[string, object]> => list.map((item, i) => [String(i), item]);

// A worker thread loads Citation.js before it answers: seconds on a machine busy with other builds.
describe('reference worker', { timeout: 30_000 }, () => {
  it('is given every record page’s citations, kind by kind in the order Astro renders their routes (A to Z)', () => {
    const pages = CITED_KINDS.reduce((n, kind) => n + graph.corpus[kind].length, 0);
    expect(items.length).toBe(pages + graph.corpus.sources.length);
    const kinds = items.map((i) => i['citation-key'].replace(/^(ties_[a-z]+|article)_.*$/, '$1'));
    expect([...new Set(kinds)]).toEqual([
      'ties_agreement',
      'ties_country',
      'ties_event',
      'ties_meeting',
      'ties_organization',
      'ties_person',
      'ties_source',
      'article',
    ]);
  });

  it('answers each item with the reference the page would format in place', async () => {
    const texts = new Map((await collect([{ items: pairs(items) }], items.length)).flat());
    expect(texts.size).toBe(items.length);
    items.forEach((item, i) => expect(texts.get(String(i))).toEqual(formatReference(item)));
  });

  it('answers the item a page waits for within its next batch, not in queue order', async () => {
    const last = String(many.length - 1);
    const batches = await collect([{ items: pairs(many) }, { first: [last, many.at(-1)!] }], many.length);
    expect(batches.length).toBeGreaterThan(5);
    expect(batches.findIndex((b) => b.some(([key]) => key === last))).toBeLessThanOrEqual(1);
  });

  it('formats an item it was never given when a page asks for it', async () => {
    const batches = await collect([{ first: ['lone', items[0]!] }], 1);
    expect(batches.flat()).toEqual([['lone', formatReference(items[0]!)]]);
  });

  it('answers null for an item it cannot format, so the page reports the error itself', async () => {
    // Citation.js accepts nearly any object; a number is not an item at all.
    expect(() => formatReference(5 as never)).toThrow(/not supported/);
    const batches = await collect([{ items: [['bad', 5 as never]] }], 1);
    expect(batches.flat()).toEqual([['bad', null]]);
  });
});

describe('referenceFormatter', { timeout: 30_000 }, () => {
  const start = (file: URL | undefined) => {
    const formatter = referenceFormatter(file);
    cleanup.push(() => formatter.close());
    return formatter;
  };

  it('gives pages asking at once, in any order, their own references', async () => {
    const formatter = start(WORKER);
    const pages = [...many].reverse().map((item) => formatter.format([item], () => many));
    const answers = await Promise.all(pages);
    answers.forEach(([answer], i) => {
      const parts = formatReference([...many].reverse()[i]!);
      expect(answer!.parts).toEqual(parts);
    });
  });

  it('answers an item missing from the list it was given', async () => {
    const formatter = start(WORKER);
    const [answer] = await formatter.format([many[3]!], () => items);
    expect(answer!.parts).toEqual(formatReference(many[3]!));
  });

  it('lets the page fail with its own error when an item cannot be formatted', async () => {
    const formatter = start(WORKER);
    await expect(formatter.format([5 as never], () => items)).rejects.toThrow(/not supported/);
  });

  it('formats in place when there is no worker, or it cannot start', async () => {
    for (const file of [undefined, new URL('./no-such-worker.ts', import.meta.url)]) {
      const [answer] = await start(file).format([items[0]!], () => items);
      expect(answer!.parts).toEqual(formatReference(items[0]!));
    }
  });
});
