// The test builds, each made once and shared by every test that reads it
// (tests/helpers/site.ts): the real record at the root and under a sub-path,
// and a long synthetic record.
import { generateCorpus } from '../scripts/bench/corpus.mjs';
import { buildSite, type BuildOptions } from './helpers/build';
import { LONG_CONTENT, LONG_RECORD, SUB_BASE } from './helpers/site';

export default function setup() {
  generateCorpus(LONG_CONTENT, LONG_RECORD.meetings, LONG_RECORD.more);
  const builds: BuildOptions[] = [
    { name: 'root' },
    { name: 'sub', base: SUB_BASE },
    { name: 'long-record', contentDir: LONG_CONTENT, env: { SITE_LIST_LIMIT: String(LONG_RECORD.listLimit) } },
  ];
  for (const options of builds) {
    const build = buildSite(options);
    if (build.status !== 0) throw new Error(`The ${options.name} build failed:\n${build.output}`);
  }
}
