// Fails the build, before anything is rendered, when the content has any
// problem, and lists them all.
import type { AstroIntegration } from 'astro';
import { contentRoot, loadContentTree } from '../lib/load';
import { formatProblems, validateTree } from '../lib/validate';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function validateContent(): AstroIntegration {
  return {
    name: 'validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const root = contentRoot();
        const { problems, entries } = validateTree(loadContentTree(root));
        if (problems.length) throw new ContentError(formatProblems(problems));
        logger.info(`${entries.length} content files in ${root}/ are valid`);
      },
    },
  };
}
