// How the integration stops a build or dev server on bad content: the list of
// problems and a non-zero exit, not an error Astro would print as a crash; and
// that on the real content it refuses a published record address that no
// record answers any more (src/lib/published.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError, validateContent } from '../../src/integrations/validate-content';
import { copyContent, edit } from '../helpers/content-copy';

/** Addresses added to the real published list (permalinks.txt) for one test. */
const published = vi.hoisted(() => ({ extra: [] as string[] }));
vi.mock('../../src/lib/published-list', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/published-list')>();
  return { ...actual, readPublished: () => [...actual.readPublished(), ...published.extra] };
});

const MEETING = 'meetings/2017-09-beijing-rahimzoda-guo.md';

/** The config:setup hook, to run on the tree at CONTENT_DIR as Astro would. */
function runSetup(isRestart: boolean) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
  const root = pathToFileURL(`${process.cwd()}/`);
  const setup = validateContent().hooks['astro:config:setup']!;
  return () => setup({ config: { root, outDir: new URL('dist/', root) }, command: 'dev', isRestart, logger } as any);
}

describe('content with a problem', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyContent('unit-validate-content');
    edit(dir, MEETING, (t) => t.replace(/^title: .*\n/m, ''));
    vi.stubEnv('CONTENT_DIR', dir);
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('prints only the list of problems and exits with 1', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = runSetup(false);
    expect(run).toThrow('exit 1');
    expect(printed).toHaveBeenCalledTimes(1);
    expect(printed).toHaveBeenCalledWith(
      `The content has 1 problem; astro dev stopped:\n  - ${join(dir, MEETING)}: title: is missing; expected text`,
    );
  });

  it('on a restart of the dev server, throws instead, so the running server keeps its last valid state', () => {
    const run = runSetup(true);
    expect(run).toThrow(ContentError);
    expect(run).toThrow('The content has 1 problem; the dev server keeps the last valid content:');
    expect(process.exit).not.toHaveBeenCalled();
  });
});

// However CONTENT_DIR names the project's own content folder, it is the real record, whose addresses are published.
describe.each(['content', './content', join(process.cwd(), 'content')])(
  'the real content (CONTENT_DIR %s) with a published address no record answers',
  (contentDir) => {
    const GONE = '/meetings/2016-01-01-renamed-away/';
    beforeEach(() => {
      vi.stubEnv('CONTENT_DIR', contentDir);
      vi.spyOn(process, 'exit').mockImplementation((code) => {
        throw new Error(`exit ${code}`);
      });
    });
    afterEach(() => {
      published.extra = [];
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
    });

    it('passes as it is', () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect(runSetup(false)).not.toThrow();
      expect(process.exit).not.toHaveBeenCalled();
    });

    it('stops, saying the address is published and what to add to the meeting it became', () => {
      published.extra = [GONE];
      const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect(runSetup(false)).toThrow('exit 1');
      expect(printed).toHaveBeenCalledTimes(1);
      expect(printed.mock.calls[0]![0]).toContain(
        `The content has 1 problem; astro dev stopped:\n  - content/meetings/: formerIds: ${GONE} is published (permalinks.txt)`,
      );
      expect(printed.mock.calls[0]![0]).toContain('add formerIds: ["2016-01-01-renamed-away"]');
    });
  },
);
