// npm run permalinks: builds the site at the root and adds every URL it
// publishes to permalinks.txt. It never removes one: a published URL
// must keep answering (tests/site/permalinks.test.ts). Commit the file.
import { buildSite } from '../tests/helpers/build.ts';
import { MANIFEST, appendToManifest } from '../tests/helpers/permalinks.ts';

const build = buildSite({ name: 'permalinks' });
if (build.status !== 0) {
  console.error(build.output);
  process.exit(1);
}
const added = appendToManifest(build.outDir);
console.log(
  added.length
    ? `Added to ${MANIFEST}:\n${added.map((p) => `  ${p}`).join('\n')}`
    : `${MANIFEST} already lists every URL`,
);
