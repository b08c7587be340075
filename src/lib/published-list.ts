// The list of every address the real record has published, one site path per line: kept by `npm run permalinks`,
// checked by the build (src/lib/published.ts) and the tests (tests/site/permalinks.test.ts). Plain Node imports
// only: scripts/permalinks.mjs reads it too.
import { existsSync, readFileSync } from 'node:fs';

export const PUBLISHED_LIST = 'permalinks.txt';

/**
 * The list of published addresses a build keeps answering (src/build-settings.mjs): PUBLISHED_LIST when set; else
 * this project's list for the real record (`real`, isRealContent) and none for any other content tree, such as the
 * benchmark's corpus, whose addresses were never published. A test's copy of the real record sets it to this list.
 */
export function publishedListFor(
  real: boolean,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return env.PUBLISHED_LIST || (real ? PUBLISHED_LIST : undefined);
}

export function readPublished(file: string = PUBLISHED_LIST): string[] {
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
    : [];
}
