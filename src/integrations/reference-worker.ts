// Tells a build's pages where the reference worker's file is (src/lib/references.ts).
// The pages run from bundled chunks in the out dir and cannot find it beside
// themselves. Builds only: `astro dev` renders a page at a time and formats in place.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function referenceWorker(): AstroIntegration {
  return {
    name: 'reference-worker',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('../lib/reference-worker.ts', import.meta.url));
        updateConfig({ vite: { define: { __REFERENCE_WORKER__: JSON.stringify(file) } } });
      },
    },
  };
}
