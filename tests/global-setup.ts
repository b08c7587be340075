// One build per base path, shared by every test that reads the built site.
import { buildSite } from './helpers/build';
import { SUB_BASE } from './helpers/site';

export default function setup() {
  for (const options of [{ name: 'root' }, { name: 'sub', base: SUB_BASE }]) {
    const build = buildSite(options);
    if (build.status !== 0) throw new Error(`The ${options.name} build failed:\n${build.output}`);
  }
}
