// The reference worker (src/lib/reference-worker.ts), run as the build runs
// it: a worker thread under plain Node. It must answer with exactly what the
// page would format itself, and answer first the reference a page waits for.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { everyPageCitation, formatReferences, type PageContext } from '../../src/lib/cite';
import { buildGraph } from '../../src/lib/graph';
import type { Formatted } from '../../src/lib/reference-worker';
import { realCorpus } from '../helpers/corpus';

const graph = buildGraph(realCorpus());
const ctx = (kind: string, id: string): PageContext => ({ url: `https://cite.example.org/${kind}/${id}/`, built: '2026-03-07', siteTitle: 'Test Site' });
const items = everyPageCitation(graph, ctx);

let worker: Worker | undefined;
afterEach(() => worker?.terminate());

/** Starts the worker, sends it `send`, and collects its batches until `count` references are back. */
function collect(send: (w: Worker) => void, count: number): Promise<Formatted[]> {
  worker = new Worker(new URL('../../src/lib/reference-worker.ts', import.meta.url));
  const batches: Formatted[] = [];
  return new Promise((resolve, reject) => {
    worker!.on('error', reject);
    worker!.on('message', (batch: Formatted) => {
      batches.push(batch);
      if (batches.flat().length >= count) resolve(batches);
    });
    send(worker!);
  });
}

describe('reference worker', () => {
  it('cites every meeting and source page, meetings first', () => {
    expect(items.length).toBe(graph.corpus.meetings.length + 2 * graph.corpus.sources.length);
    expect(items[0]!.id).toMatch(/^ties_meeting_/);
    expect(items.at(-1)!.id).toMatch(/^article_/);
  });

  it('formats each item exactly as the page would itself', async () => {
    const batches = await collect((w) => w.postMessage({ items: items.map((item, i) => [String(i), item]) }), items.length);
    const texts = new Map(batches.flat());
    expect(texts.size).toBe(items.length);
    formatReferences(items).forEach(({ text }, i) => expect(texts.get(String(i))).toBe(text));
  });

  it('answers first the reference a page is waiting for', async () => {
    const last = String(items.length - 1);
    const batches = await collect((w) => {
      w.postMessage({ items: items.map((item, i) => [String(i), item]) });
      w.postMessage({ first: last });
    }, items.length);
    expect(batches[0]!.map(([key]) => key)).toContain(last);
  });

  it('answers null for an item it cannot format, so the page reports the error itself', async () => {
    // Citation.js accepts nearly any object; a number is not an item at all.
    expect(() => formatReferences([5 as never])).toThrow(/not supported/);
    const batches = await collect((w) => w.postMessage({ items: [['bad', 5]] }), 1);
    expect(batches.flat()).toEqual([['bad', null]]);
  });
});
