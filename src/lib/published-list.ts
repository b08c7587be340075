// The list of every address the real record has published, one site path per line: kept by `npm run permalinks`,
// checked by the build (src/lib/published.ts) and the tests (tests/site/permalinks.test.ts). Plain Node imports
// only: scripts/permalinks.mjs reads it too.
import { existsSync, readFileSync } from 'node:fs';

export const PUBLISHED_LIST = 'tests/permalinks.txt';

export function readPublished(file: string = PUBLISHED_LIST): string[] {
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
    : [];
}
