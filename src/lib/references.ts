// The references of "Cite this page", formatted in a worker thread while the
// pages render. Citation.js's CSL processor takes a few milliseconds a
// reference, which on the main thread was a third of a large build's time
// (bench/RESULTS.md); the build has a second core for it. The first page to
// ask hands the worker every item the build will cite; a page then waits only
// for its own, which the worker takes next. Without a worker (astro dev, where
// pages render one at a time on demand) or if it fails, a page formats its
// references itself: the text is the same either way.
import { Worker } from 'node:worker_threads';
import type { CslItem, FormattedCitation } from './cite';
import type { Formatted } from './reference-worker';
import { formatReference } from './reference-style';

/** The worker's file, given by src/integrations/reference-worker.ts for builds only. */
declare const __REFERENCE_WORKER__: string | undefined;
const WORKER_FILE = typeof __REFERENCE_WORKER__ === 'string' ? __REFERENCE_WORKER__ : undefined;

const done = new Map<string, string | null>();
const waiting = new Map<string, Array<() => void>>();
let worker: Worker | undefined;
let failed = !WORKER_FILE;

const keyOf = (item: CslItem) => JSON.stringify(item);

function start(every: CslItem[]) {
  worker = new Worker(WORKER_FILE!);
  worker.unref();
  worker.on('message', (batch: Formatted) => {
    for (const [key, text] of batch) {
      done.set(key, text);
      for (const resume of waiting.get(key) ?? []) resume();
      waiting.delete(key);
    }
  });
  worker.on('error', stop);
  worker.on('exit', stop);
  worker.postMessage({ items: every.map((item) => [keyOf(item), item]) });
}

/** No more answers will come: whoever waits formats their own. */
function stop() {
  failed = true;
  for (const resumes of waiting.values()) for (const resume of resumes) resume();
  waiting.clear();
}

function formatted(item: CslItem): Promise<string> | string {
  const key = keyOf(item);
  const text = done.get(key);
  if (text) return text;
  if (failed || text === null) return formatReference(item);
  return new Promise((resolve) => {
    waiting.set(key, [...(waiting.get(key) ?? []), () => resolve(done.get(key) ?? formatReference(item))]);
    worker!.postMessage({ first: key });
  });
}

/**
 * Each item's reference in the site's style, in the order given. `every`
 * lists every item the build will cite, in the order pages are likely to ask;
 * it is read once, by the first call.
 */
export async function formatReferencesAside(items: CslItem[], every: () => CslItem[]): Promise<FormattedCitation[]> {
  if (!failed && !worker) start(every());
  return Promise.all(items.map(async (item) => ({ item, text: await formatted(item) })));
}
