// Fails the build, before anything is rendered, when the content has any
// problem, and lists them all.
import { rmSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { REAL_CONTENT, contentRoot, isRealContent, loadContentTree } from '../lib/load';
import { brokenAddresses } from '../lib/published';
import { publishedListFor, readPublished } from '../lib/published-list';
import { formatProblems, validateTree } from '../lib/validate';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function validateContent(): AstroIntegration {
  return {
    name: 'validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, isRestart, logger }) => {
        const root = contentRoot();
        const { problems, entries } = validateTree(loadContentTree(root));
        // The list of published addresses is the real record's (content/, however CONTENT_DIR writes it); a content
        // tree elsewhere (the benchmark's corpus) has none, unless PUBLISHED_LIST names one (a test's copy).
        // Checked once the records are valid: a file that fails its schema is missing from `entries`, and its
        // address would be reported as lost besides its real problem.
        const list = publishedListFor(isRealContent(root));
        if (list && problems.length === 0)
          problems.push(
            ...brokenAddresses(readPublished(list), entries, isRealContent(root) ? REAL_CONTENT : root, list),
          );
        if (problems.length === 0) {
          logger.info(`${entries.length} content files in ${root}/ are valid`);
          return;
        }
        if (command === 'build') removeEarlierBuild(config);
        // A restarted dev server catches what a hook throws and keeps serving its last valid state; exiting would stop it.
        if (isRestart) throw new ContentError(formatProblems(problems, 'the dev server keeps the last valid content'));
        // Astro prints an error thrown from a hook as a crash (a location and a stack trace around the message),
        // so print only the list and stop with a failing exit code. console.error, not the logger: under --silent
        // the logger prints nothing, and the reason a build stopped must always show.
        console.error(formatProblems(problems, command === 'build' ? 'nothing was built' : `astro ${command} stopped`));
        process.exit(1);
      },
    },
  };
}

/** A failed build leaves no earlier site in its out dir to be published as if current (only inside the project). */
function removeEarlierBuild(config: AstroConfig) {
  const outDir = fileURLToPath(config.outDir);
  const inside = relative(fileURLToPath(config.root), outDir);
  if (inside && !inside.startsWith('..') && !isAbsolute(inside)) rmSync(outDir, { recursive: true, force: true });
}
