// A worker thread that formats references while the pages render (see
// references.ts). It is given every item the build will cite, formats them in
// order, one a page is waiting for first, and posts them back in small batches.
// Runs under plain Node (type stripping), hence the .ts in its import.
import { parentPort } from 'node:worker_threads';
import { formatReference, type ReferencePart } from './reference-style.ts';

/** [key, item] pairs to format; or one a page waits for, to format next (added if it was not given before). */
export type Request = { items: Array<[string, object]> } | { first: [string, object] };
/** [key, reference], or [key, null] where formatting failed: the page then formats it itself and reports the error. */
export type Formatted = Array<[string, ReferencePart[] | null]>;

const port = parentPort!;
const queue = new Map<string, object>();
const first: string[] = [];
let running = false;

function format(key: string, item: object): [string, ReferencePart[] | null] {
  try {
    return [key, formatReference(item)];
  } catch {
    return [key, null];
  }
}

/** Formats a batch, then yields so that a page's request can come in. */
async function run() {
  running = true;
  while (queue.size > 0) {
    const batch: Formatted = [];
    while (batch.length < 20 && queue.size > 0) {
      const key = first.find((k) => queue.has(k)) ?? queue.keys().next().value!;
      batch.push(format(key, queue.get(key)!));
      queue.delete(key);
    }
    first.length = 0;
    port.postMessage(batch);
    await new Promise((resolve) => setImmediate(resolve));
  }
  running = false;
}

port.on('message', (request: Request) => {
  if ('items' in request) for (const [key, item] of request.items) queue.set(key, item);
  else {
    const [key, item] = request.first;
    // Not queued: never given, or answered while this request was on its way (a second answer is harmless).
    if (!queue.has(key)) queue.set(key, item);
    first.push(key);
  }
  if (!running) void run();
});
