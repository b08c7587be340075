// The references of "Cite this page", formatted in a worker thread while the
// pages render. Citation.js's CSL processor takes a few milliseconds a
// reference, which on the main thread was a third of a large build's time
// (bench/RESULTS.md); the build has a second core for it. The first page to
// ask hands the worker every item the build will cite; a page then waits only
// for its own, which the worker takes next. Without a worker (astro dev, where
// pages render one at a time on demand) or once it has failed, a page formats
// its references itself: the reference is the same either way.
import { Worker } from 'node:worker_threads';
import type { CslItem, FormattedCitation } from './cite';
import type { Formatted, Request } from './reference-worker';
import { formatReference, type ReferencePart } from './reference-style';

export function referenceFormatter(workerFile: string | URL | undefined) {
  const done = new Map<string, ReferencePart[] | null>();
  const waiting = new Map<string, Array<() => void>>();
  let worker: Worker | undefined;
  let failed = workerFile === undefined;
  const keyOf = (item: CslItem) => JSON.stringify(item);
  const send = (request: Request) => worker!.postMessage(request);

  function answer(batch: Formatted) {
    for (const [key, reference] of batch) {
      done.set(key, reference);
      for (const resume of waiting.get(key) ?? []) resume();
      waiting.delete(key);
    }
    // An idle worker must not keep the process alive; one a page waits for must.
    if (waiting.size === 0) worker?.unref();
  }

  /** No more answers will come: whoever waits formats their own. */
  function stop() {
    failed = true;
    for (const resumes of waiting.values()) for (const resume of resumes) resume();
    waiting.clear();
  }

  function start(every: CslItem[]) {
    worker = new Worker(workerFile!);
    worker.unref();
    worker.on('message', answer);
    worker.on('error', stop);
    worker.on('exit', stop);
    send({ items: every.map((item) => [keyOf(item), item]) });
  }

  async function format(item: CslItem): Promise<ReferencePart[]> {
    const key = keyOf(item);
    if (!failed && !done.has(key)) {
      await new Promise<void>((resume) => {
        waiting.set(key, [...(waiting.get(key) ?? []), resume]);
        worker!.ref();
        send({ first: [key, item] });
      });
    }
    // Formatted in place when the worker could not: an error is then this page's, with its stack.
    return done.get(key) ?? formatReference(item);
  }

  return {
    /**
     * Each item's reference in the site's style, in the order given. `every`
     * lists every item the build will cite, in the order pages are likely to
     * ask; it is read once, by the first call.
     */
    async format(items: CslItem[], every: () => CslItem[]): Promise<FormattedCitation[]> {
      if (!failed && !worker) start(every());
      return Promise.all(items.map(async (item) => ({ item, parts: await format(item) })));
    },
    /** Ends the worker (for tests; a build's process simply exits). */
    close: () => worker?.terminate(),
  };
}

/** The worker's file, given by src/integrations/reference-worker.ts for builds only. */
declare const __REFERENCE_WORKER__: string | undefined;
const references = referenceFormatter(typeof __REFERENCE_WORKER__ === 'string' ? __REFERENCE_WORKER__ : undefined);

/** The build's formatter: see referenceFormatter. */
export const formatReferencesAside = references.format;
